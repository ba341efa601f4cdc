package org.namc.learning.domain;

/**
 * What becomes of an attempt not submitted by its effective deadline (see
 * {@link AttemptWindow}). A submission up to and including the effective deadline is always
 * graded with what it carries; these rules only decide about later ones.
 */
public enum OverduePolicy {
    /** The attempt is graded with the answers saved up to the effective deadline; a late submission's own answers are ignored. */
    AUTO_SUBMIT_SAVED,
    /**
     * Only submissions within the grace are accepted: a later one is refused and the attempt
     * is abandoned. It used up an attempt but does not count towards the grade.
     */
    ACCEPT_WITHIN_GRACE,
    /** The attempt is recorded as never submitted and counts as a zero towards the grade. */
    MARK_NEVER_SUBMITTED
}
