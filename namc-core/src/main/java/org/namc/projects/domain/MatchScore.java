package org.namc.projects.domain;

import org.namc.shared.domain.ViolationRule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.namc.shared.domain.Violations;

/**
 * A match score from 0 to 100 with two decimals (the seed's {@code DECIMAL(5,2)}), held as
 * exact hundredths so that every path computing it agrees to the last digit.
 */
public record MatchScore(int hundredths) implements Comparable<MatchScore> {
    public static final int MAX_HUNDREDTHS = 10_000;
    public static final MatchScore ZERO = new MatchScore(0);

    public MatchScore {
        Violations.collect()
                .check(hundredths >= 0 && hundredths <= MAX_HUNDREDTHS, "matchScore", ViolationRule.RANGE,
                        "must be between 0 and 100")
                .throwIfAny();
    }

    public static MatchScore of(BigDecimal points) {
        return new MatchScore(points.setScale(2, RoundingMode.UNNECESSARY).movePointRight(2).intValueExact());
    }

    public BigDecimal toBigDecimal() {
        return BigDecimal.valueOf(hundredths, 2);
    }

    @Override
    public int compareTo(MatchScore other) {
        return Integer.compare(hundredths, other.hundredths);
    }

    @Override
    public String toString() {
        return toBigDecimal().toPlainString();
    }
}
