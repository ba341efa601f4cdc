package org.namc.billing.domain;

import java.time.LocalDate;
import java.util.Objects;
import org.namc.shared.domain.Money;

/**
 * The money side of changing tier mid-period.
 *
 * @param changeDate  the billing-zone date the new tier starts
 * @param unusedDays  days from the change date to the period's end
 * @param periodDays  days in the whole period
 * @param segmentDays days the credited charge covered (the whole period, unless an earlier change)
 * @param credit      refund for the unused part of what was charged for the old tier
 * @param charge      the new tier's price for the unused days
 */
public record Proration(LocalDate changeDate, long unusedDays, long periodDays, long segmentDays, Money credit,
                        Money charge) {
    public Proration {
        Objects.requireNonNull(changeDate, "changeDate");
        if (credit.isNegative() || charge.isNegative()) {
            throw new IllegalArgumentException("credit and charge are never negative");
        }
    }

    /** What the change costs the member; negative when the credit is larger. */
    public Money net() {
        return charge.minus(credit);
    }
}
