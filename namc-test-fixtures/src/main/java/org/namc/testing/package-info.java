@NullMarked
package org.namc.testing;

import org.jspecify.annotations.NullMarked;
