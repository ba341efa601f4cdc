package org.namc.projects.domain;

import org.namc.shared.domain.ViolationRule;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.Money;
import org.namc.shared.domain.Violations;

/**
 * A budget filter: projects whose budget overlaps {@code [min, max]} (either end open).
 * A project's budget is the interval {@code [budget.min, budget.max]}; with only a minimum
 * it is open upwards, with only a maximum it starts at zero, and with neither it is the
 * estimated value alone. A project with no amount at all never matches a budget filter.
 */
public record BudgetRange(@Nullable Money min, @Nullable Money max) {
    public BudgetRange {
        Violations violations = Violations.collect()
                .check(min != null || max != null, "budget", ViolationRule.REQUIRED, "give a minimum, a maximum or both")
                .check(min == null || !min.isNegative(), "budget.min", ViolationRule.RANGE, "must not be negative");
        if (min != null && max != null) {
            boolean same = min.currency().equals(max.currency());
            violations.check(same, "budget.max", "same-currency", "must be in the currency of min")
                    .check(!same || min.compareTo(max) <= 0, "budget.max", "at-least-min", "must not be below min");
        }
        violations.throwIfAny();
    }

    public static BudgetRange between(Money min, Money max) {
        return new BudgetRange(min, max);
    }

    public boolean overlaps(Budget budget) {
        Money low = budget.min() != null ? budget.min()
                : budget.max() != null ? Money.zero(budget.max().currency()) : budget.estimatedValue();
        Money high = budget.max() != null ? budget.max()
                : budget.min() != null ? null : budget.estimatedValue();
        if (low == null) {
            return false;
        }
        return (max == null || low.compareTo(max) <= 0) && (min == null || high == null || high.compareTo(min) >= 0);
    }
}
