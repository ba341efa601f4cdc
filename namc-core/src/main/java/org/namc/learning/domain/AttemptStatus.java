package org.namc.learning.domain;

/** Where an attempt stands. */
public enum AttemptStatus {
    IN_PROGRESS,
    /** Submitted; an essay answer awaits an instructor's grade. */
    AWAITING_REVIEW,
    GRADED,
    /** Not submitted in time under {@link OverduePolicy#MARK_NEVER_SUBMITTED}: counts as a zero. */
    NEVER_SUBMITTED,
    /** Not submitted in time under {@link OverduePolicy#ACCEPT_WITHIN_GRACE}: used up, but not counted. */
    ABANDONED
}
