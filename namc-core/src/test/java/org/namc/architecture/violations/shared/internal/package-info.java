/** Deliberate-violation fixture: org.namc.architecture.violations.shared.internal. */
@NullMarked
package org.namc.architecture.violations.shared.internal;

import org.jspecify.annotations.NullMarked;
