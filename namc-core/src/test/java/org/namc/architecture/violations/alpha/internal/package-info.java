/** Deliberate-violation fixture: org.namc.architecture.violations.alpha.internal. */
@NullMarked
package org.namc.architecture.violations.alpha.internal;

import org.jspecify.annotations.NullMarked;
