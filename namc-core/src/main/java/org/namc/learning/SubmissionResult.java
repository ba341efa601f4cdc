package org.namc.learning;

/**
 * How submitting an attempt ended. Within the deadline or its grace the answers are graded
 * ({@link Graded}, or {@link AwaitingReview} when an essay needs an instructor). Later, the
 * assessment's overdue policy decides: {@link AutoSubmitted} graded the answers saved in time
 * instead; {@link NotAccepted} closed the attempt without a grade.
 */
public sealed interface SubmissionResult {

    AttemptView attempt();

    record Graded(AttemptView attempt) implements SubmissionResult {
    }

    record AwaitingReview(AttemptView attempt) implements SubmissionResult {
    }

    record AutoSubmitted(AttemptView attempt) implements SubmissionResult {
    }

    /** The attempt is NEVER_SUBMITTED (counts as zero) or ABANDONED (does not count). */
    record NotAccepted(AttemptView attempt) implements SubmissionResult {
    }
}
