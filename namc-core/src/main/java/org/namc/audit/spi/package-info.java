@NullMarked
package org.namc.audit.spi;

import org.jspecify.annotations.NullMarked;
