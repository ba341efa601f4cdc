/** Deliberate-violation fixture: org.namc.architecture.violations.alpha. */
@NullMarked
package org.namc.architecture.violations.alpha;

import org.jspecify.annotations.NullMarked;
