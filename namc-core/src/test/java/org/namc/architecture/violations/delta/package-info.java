/** Deliberate-violation fixture: a package-info without @NullMarked (rule 7). */
@Deprecated
package org.namc.architecture.violations.delta;
