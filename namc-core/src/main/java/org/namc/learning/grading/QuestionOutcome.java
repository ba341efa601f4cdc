package org.namc.learning.grading;

/** How one answer fared. */
public enum QuestionOutcome {
    CORRECT,
    PARTIALLY_CORRECT,
    INCORRECT,
    UNANSWERED,
    /** An essay answer an instructor has yet to grade: it earns nothing until then. */
    AWAITING_REVIEW,
    /** An essay answer an instructor has graded. */
    REVIEWED
}
