package org.namc.projects.domain;

import org.namc.shared.domain.ViolationRule;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.Money;
import org.namc.shared.domain.Violations;

/** What the work is worth: a budget range, an estimated value and who pays. */
public record Budget(@Nullable Money min, @Nullable Money max, @Nullable Money estimatedValue,
                     @Nullable String fundingSource) {

    public static final Budget NONE = new Budget(null, null, null, null);

    public Budget {
        Violations violations = Violations.collect()
                .check(min == null || !min.isNegative(), "min", ViolationRule.RANGE, "must not be negative")
                .check(max == null || !max.isNegative(), "max", ViolationRule.RANGE, "must not be negative")
                .check(estimatedValue == null || !estimatedValue.isNegative(), "estimatedValue", ViolationRule.RANGE,
                        "must not be negative")
                .maxLength(fundingSource, "fundingSource", 200);
        if (min != null && max != null) {
            boolean sameCurrency = min.currency().equals(max.currency());
            violations.check(sameCurrency, "max", "same-currency", "must be in the currency of min")
                    .check(!sameCurrency || min.compareTo(max) <= 0, "max", "at-least-min",
                            "must not be below min");
        }
        violations.throwIfAny();
        fundingSource = fundingSource == null || fundingSource.isBlank() ? null : fundingSource.strip();
    }

    public static Budget range(Money min, Money max) {
        return new Budget(min, max, null, null);
    }

    public boolean isEmpty() {
        return min == null && max == null && estimatedValue == null;
    }

    /** The amounts present, by field name, in declaration order (for currency checks). */
    public Map<String, Money> amounts() {
        Map<String, Money> present = new LinkedHashMap<>();
        if (min != null) {
            present.put("budget.min", min);
        }
        if (max != null) {
            present.put("budget.max", max);
        }
        if (estimatedValue != null) {
            present.put("budget.estimatedValue", estimatedValue);
        }
        return Collections.unmodifiableMap(present);
    }
}
