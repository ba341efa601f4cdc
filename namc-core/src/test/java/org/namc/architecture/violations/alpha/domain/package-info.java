/** Deliberate-violation fixture: org.namc.architecture.violations.alpha.domain. */
@NullMarked
package org.namc.architecture.violations.alpha.domain;

import org.jspecify.annotations.NullMarked;
