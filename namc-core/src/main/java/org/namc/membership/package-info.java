@NullMarked
package org.namc.membership;

import org.jspecify.annotations.NullMarked;
