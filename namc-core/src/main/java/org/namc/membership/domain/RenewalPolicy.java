package org.namc.membership.domain;

import java.time.Duration;
import java.time.Period;
import java.util.Objects;

/**
 * How long a membership term runs and how its end is handled.
 *
 * @param term          what one renewal adds (the first term starts at email verification)
 * @param expiringNotice how long before expiry a member counts as {@code EXPIRING}
 * @param grace          how long after expiry a member keeps benefits as {@code GRACE}
 */
public record RenewalPolicy(Period term, Duration expiringNotice, Duration grace) {
    public RenewalPolicy {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(expiringNotice, "expiringNotice");
        Objects.requireNonNull(grace, "grace");
        if (term.isNegative() || term.isZero()) {
            throw new IllegalArgumentException("term must be positive");
        }
        if (expiringNotice.isNegative() || grace.isNegative()) {
            throw new IllegalArgumentException("notice and grace must not be negative");
        }
    }

    /** One year, 30 days' notice, 30 days' grace. */
    public static RenewalPolicy standard() {
        return new RenewalPolicy(Period.ofYears(1), Duration.ofDays(30), Duration.ofDays(30));
    }
}
