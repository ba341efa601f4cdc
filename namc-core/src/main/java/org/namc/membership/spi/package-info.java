@NullMarked
package org.namc.membership.spi;

import org.jspecify.annotations.NullMarked;
