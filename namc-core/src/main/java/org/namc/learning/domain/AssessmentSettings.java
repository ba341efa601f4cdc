package org.namc.learning.domain;

import org.namc.shared.domain.ViolationRule;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.Violations;

/**
 * How an assessment is taken and passed.
 *
 * @param passingPercent      the percent an attempt needs to pass, 0 to 100
 * @param maxAttempts         attempts a learner may start, 1 to 100
 * @param timeLimit           per attempt, from its start; {@code null} for none
 * @param opensAt             no attempt starts before; {@code null} for always
 * @param closesAt            no attempt starts at or after, and none runs past it
 * @param grace               added to an attempt's deadline for late network and clicks
 * @param overduePolicy       what becomes of attempts not submitted by the effective deadline
 * @param shuffle             present questions and options in a per-attempt random order
 * @param showCorrectAnswers  whether a graded attempt shows the answer key
 * @param waitBetweenAttempts the least time from one attempt's end to the next one's start
 */
public record AssessmentSettings(BigDecimal passingPercent, int maxAttempts, @Nullable Duration timeLimit,
                                 @Nullable Instant opensAt, @Nullable Instant closesAt, Duration grace,
                                 OverduePolicy overduePolicy, boolean shuffle, boolean showCorrectAnswers,
                                 Duration waitBetweenAttempts) {
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    public AssessmentSettings {
        Objects.requireNonNull(overduePolicy, "overduePolicy");
        Violations.collect()
                .check(passingPercent != null && passingPercent.signum() >= 0 && passingPercent.compareTo(HUNDRED) <= 0,
                        "passingPercent", ViolationRule.RANGE, "must be between 0 and 100")
                .check(passingPercent == null || passingPercent.stripTrailingZeros().scale() <= 2, "passingPercent",
                        "scale", "must have at most 2 decimal places")
                .check(maxAttempts >= 1 && maxAttempts <= 100, "maxAttempts", ViolationRule.RANGE, "must be between 1 and 100")
                .check(timeLimit == null || timeLimit.compareTo(Duration.ofMinutes(1)) >= 0
                        && timeLimit.compareTo(Duration.ofHours(24)) <= 0, "timeLimit", ViolationRule.RANGE,
                        "must be between 1 minute and 24 hours")
                .check(opensAt == null || closesAt == null || opensAt.isBefore(closesAt), "closesAt", "after-opens",
                        "must be after opensAt")
                .check(grace != null && !grace.isNegative() && grace.compareTo(Duration.ofHours(1)) <= 0, "grace",
                        ViolationRule.RANGE, "must be between 0 and 1 hour")
                .check(waitBetweenAttempts != null && !waitBetweenAttempts.isNegative()
                        && waitBetweenAttempts.compareTo(Duration.ofDays(365)) <= 0, "waitBetweenAttempts", ViolationRule.RANGE,
                        "must be between 0 and 365 days")
                .throwIfAny();
    }

    /** Pass at 70 %, three attempts, no time limit or dates, no grace, answers shown, no shuffle. */
    public static AssessmentSettings defaults() {
        return new AssessmentSettings(new BigDecimal("70"), 3, null, null, null, Duration.ZERO,
                OverduePolicy.AUTO_SUBMIT_SAVED, false, true, Duration.ZERO);
    }

    public AssessmentSettings passingAt(String percent) {
        return new AssessmentSettings(new BigDecimal(percent), maxAttempts, timeLimit, opensAt, closesAt, grace,
                overduePolicy, shuffle, showCorrectAnswers, waitBetweenAttempts);
    }

    public AssessmentSettings withMaxAttempts(int attempts) {
        return new AssessmentSettings(passingPercent, attempts, timeLimit, opensAt, closesAt, grace, overduePolicy,
                shuffle, showCorrectAnswers, waitBetweenAttempts);
    }

    /** A time limit, a grace and what happens after them. */
    public AssessmentSettings timed(@Nullable Duration limit, Duration newGrace, OverduePolicy policy) {
        return new AssessmentSettings(passingPercent, maxAttempts, limit, opensAt, closesAt, newGrace, policy,
                shuffle, showCorrectAnswers, waitBetweenAttempts);
    }

    public AssessmentSettings openBetween(@Nullable Instant opens, @Nullable Instant closes) {
        return new AssessmentSettings(passingPercent, maxAttempts, timeLimit, opens, closes, grace, overduePolicy,
                shuffle, showCorrectAnswers, waitBetweenAttempts);
    }

    public AssessmentSettings shuffled(boolean shuffleQuestions) {
        return new AssessmentSettings(passingPercent, maxAttempts, timeLimit, opensAt, closesAt, grace, overduePolicy,
                shuffleQuestions, showCorrectAnswers, waitBetweenAttempts);
    }

    public AssessmentSettings showingCorrectAnswers(boolean show) {
        return new AssessmentSettings(passingPercent, maxAttempts, timeLimit, opensAt, closesAt, grace, overduePolicy,
                shuffle, show, waitBetweenAttempts);
    }

    public AssessmentSettings waitingBetweenAttempts(Duration wait) {
        return new AssessmentSettings(passingPercent, maxAttempts, timeLimit, opensAt, closesAt, grace, overduePolicy,
                shuffle, showCorrectAnswers, wait);
    }

    /** The window of an attempt started at {@code start}. */
    public AttemptWindow windowFor(Instant start) {
        return AttemptWindow.of(start, closesAt, timeLimit, grace);
    }
}
