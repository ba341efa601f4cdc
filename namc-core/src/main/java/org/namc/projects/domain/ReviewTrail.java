package org.namc.projects.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.MemberId;

/**
 * The review so far: who last reviewed and when, their internal notes (never shown to the
 * applicant), feedback for the applicant, and the last question asked with its answer.
 */
public record ReviewTrail(@Nullable Instant reviewedAt, @Nullable MemberId reviewedBy, @Nullable String notes,
                          @Nullable String feedback, @Nullable String question, @Nullable String answer) {

    public static final ReviewTrail NONE = new ReviewTrail(null, null, null, null, null, null);

    ReviewTrail reviewed(Instant at, @Nullable MemberId by, @Nullable String newNotes, @Nullable String newFeedback) {
        return new ReviewTrail(at, by, newNotes == null ? notes : newNotes,
                newFeedback == null ? feedback : newFeedback, question, answer);
    }

    ReviewTrail asked(Instant at, @Nullable MemberId by, String newQuestion) {
        return new ReviewTrail(at, by, notes, feedback, newQuestion, null);
    }

    ReviewTrail answered(String newAnswer) {
        return new ReviewTrail(reviewedAt, reviewedBy, notes, feedback, question, newAnswer);
    }

    /** What the applicant may see: everything but the reviewers' notes. */
    public ReviewTrail withoutNotes() {
        return new ReviewTrail(reviewedAt, reviewedBy, null, feedback, question, answer);
    }
}
