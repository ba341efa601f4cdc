package org.namc.architecture.violations.delta;

/** Rule 7: its package-info exists but is not annotated @NullMarked. */
public final class NotNullMarked {
}
