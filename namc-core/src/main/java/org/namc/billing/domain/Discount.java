package org.namc.billing.domain;

import org.namc.shared.domain.ViolationRule;
import java.math.BigDecimal;
import java.util.Objects;
import org.namc.shared.domain.Money;
import org.namc.shared.domain.Violations;

/** A reduction applied before tax: a percentage of the invoice or a fixed amount. */
public sealed interface Discount {

    /** @param percent more than 0 and at most 100, at most four decimals ({@code 12.5} is 12.5%) */
    record Percent(BigDecimal percent) implements Discount {
        public Percent {
            Objects.requireNonNull(percent, "percent");
            Violations.collect()
                    .check(percent.signum() > 0 && percent.compareTo(BigDecimal.valueOf(100)) <= 0, "percent",
                            ViolationRule.RANGE, "must be more than 0 and at most 100")
                    .check(percent.stripTrailingZeros().scale() <= 4, "percent", "scale",
                            "must have at most 4 decimal places")
                    .throwIfAny();
            percent = percent.stripTrailingZeros();
        }

        @Override
        public String toString() {
            return percent.toPlainString() + "%";
        }
    }

    record Fixed(Money amount) implements Discount {
        public Fixed {
            Objects.requireNonNull(amount, "amount");
            Violations.collect().check(amount.isPositive(), "amount", ViolationRule.RANGE, "must be more than zero")
                    .throwIfAny();
        }

        @Override
        public String toString() {
            return amount.toString();
        }
    }

    static Discount percent(String percent) {
        return new Percent(new BigDecimal(percent));
    }

    static Discount fixed(Money amount) {
        return new Fixed(amount);
    }
}
