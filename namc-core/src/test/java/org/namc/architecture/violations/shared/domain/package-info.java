/** Deliberate-violation fixture: org.namc.architecture.violations.shared.domain. */
@NullMarked
package org.namc.architecture.violations.shared.domain;

import org.jspecify.annotations.NullMarked;
