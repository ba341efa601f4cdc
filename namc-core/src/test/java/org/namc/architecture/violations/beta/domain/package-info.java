/** Deliberate-violation fixture: org.namc.architecture.violations.beta.domain. */
@NullMarked
package org.namc.architecture.violations.beta.domain;

import org.jspecify.annotations.NullMarked;
