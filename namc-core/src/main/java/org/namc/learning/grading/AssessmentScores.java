package org.namc.learning.grading;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A learner's counted attempts at one assessment, and the grading category it belongs to. */
public record AssessmentScores(UUID assessmentId, String category, List<ScoredAttempt> attempts) {
    public AssessmentScores {
        Objects.requireNonNull(assessmentId, "assessmentId");
        Objects.requireNonNull(category, "category");
        attempts = List.copyOf(attempts);
    }
}
