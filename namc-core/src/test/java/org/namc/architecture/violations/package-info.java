/** Deliberate-violation fixture: org.namc.architecture.violations. */
@NullMarked
package org.namc.architecture.violations;

import org.jspecify.annotations.NullMarked;
