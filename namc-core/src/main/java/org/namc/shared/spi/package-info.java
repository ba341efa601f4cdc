@NullMarked
package org.namc.shared.spi;

import org.jspecify.annotations.NullMarked;
