/** Deliberate-violation fixture: org.namc.architecture.violations.beta. */
@NullMarked
package org.namc.architecture.violations.beta;

import org.jspecify.annotations.NullMarked;
