@NullMarked
package org.namc.billing.spi;

import org.jspecify.annotations.NullMarked;
