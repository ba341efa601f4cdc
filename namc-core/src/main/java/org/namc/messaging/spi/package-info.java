@NullMarked
package org.namc.messaging.spi;

import org.jspecify.annotations.NullMarked;
