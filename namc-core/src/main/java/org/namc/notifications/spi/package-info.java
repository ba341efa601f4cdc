@NullMarked
package org.namc.notifications.spi;

import org.jspecify.annotations.NullMarked;
