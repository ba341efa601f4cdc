@NullMarked
package org.namc.insights.spi;

import org.jspecify.annotations.NullMarked;
