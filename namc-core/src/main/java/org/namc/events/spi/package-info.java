@NullMarked
package org.namc.events.spi;

import org.jspecify.annotations.NullMarked;
