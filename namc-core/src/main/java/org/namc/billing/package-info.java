@NullMarked
package org.namc.billing;

import org.jspecify.annotations.NullMarked;
