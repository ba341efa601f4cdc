package org.namc.learning.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.NamcException;

/**
 * Whether a member may start another attempt: the assessment is published and open, they
 * have attempts left, none is in progress, and the wait since their last attempt ended has
 * passed (at exactly that instant they may start). Refusals are {@code ILLEGAL_STATE}; a
 * refusal that lifts by itself carries {@link NamcException#retryAfter()}.
 */
public final class AttemptRules {
    private AttemptRules() {
    }

    /** @param previous the member's earlier attempts at this assessment, already settled */
    public static void checkStart(Assessment assessment, List<Attempt> previous, Instant now) {
        AssessmentSettings settings = assessment.settings();
        if (!assessment.isPublished()) {
            throw NamcException.refused(LearningRefusal.ASSESSMENT_NOT_PUBLISHED, "assessment " + assessment.id() + " is not published");
        }
        if (settings.opensAt() != null && now.isBefore(settings.opensAt())) {
            throw NamcException.lockedUntil(LearningRefusal.ASSESSMENT_NOT_OPEN_YET, "assessment " + assessment.id() + " is not open yet",
                    settings.opensAt());
        }
        if (settings.closesAt() != null && !now.isBefore(settings.closesAt())) {
            throw NamcException.refused(LearningRefusal.ASSESSMENT_CLOSED, "assessment " + assessment.id() + " closed at " + settings.closesAt());
        }
        if (previous.stream().anyMatch(Attempt::isInProgress)) {
            throw NamcException.refused(LearningRefusal.ATTEMPT_IN_PROGRESS, "an attempt at assessment " + assessment.id() + " is already in progress");
        }
        if (previous.size() >= settings.maxAttempts()) {
            throw NamcException.refused(LearningRefusal.ATTEMPTS_USED, "all " + settings.maxAttempts() + " attempts at assessment "
                    + assessment.id() + " are used");
        }
        Instant lastEnd = previous.stream().map(Attempt::endedAt).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        if (lastEnd != null) {
            Instant next = lastEnd.plus(settings.waitBetweenAttempts());
            if (now.isBefore(next)) {
                throw NamcException.lockedUntil(LearningRefusal.ATTEMPT_WAIT_RUNNING, "the next attempt may start only after a wait",
                        next);
            }
        }
    }
}
