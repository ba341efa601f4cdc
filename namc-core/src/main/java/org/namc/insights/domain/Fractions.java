package org.namc.insights.domain;

import org.namc.shared.domain.ViolationRule;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.Violations;

/** Checks for exact decimal fractions in [0, 1] with a bounded number of places (never doubles). */
final class Fractions {
    private Fractions() {
    }

    static void check(Violations v, @Nullable BigDecimal value, String field, int maxScale) {
        v.check(value == null || value.signum() >= 0 && value.compareTo(BigDecimal.ONE) <= 0, field, ViolationRule.RANGE,
                "must be between 0 and 1");
        v.check(value == null || value.stripTrailingZeros().scale() <= maxScale, field, "scale",
                "must have at most " + maxScale + " decimal places");
    }
}
