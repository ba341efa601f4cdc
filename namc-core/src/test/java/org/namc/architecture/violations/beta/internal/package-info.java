/** Deliberate-violation fixture: org.namc.architecture.violations.beta.internal. */
@NullMarked
package org.namc.architecture.violations.beta.internal;

import org.jspecify.annotations.NullMarked;
