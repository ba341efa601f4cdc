@NullMarked
package org.namc.access.spi;

import org.jspecify.annotations.NullMarked;
