/** Deliberate-violation fixture: org.namc.architecture.violations.alpha.spi. */
@NullMarked
package org.namc.architecture.violations.alpha.spi;

import org.jspecify.annotations.NullMarked;
