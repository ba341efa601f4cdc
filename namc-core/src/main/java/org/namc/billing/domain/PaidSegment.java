package org.namc.billing.domain;

import java.time.Instant;
import java.util.Objects;
import org.namc.shared.domain.Money;

/**
 * What the member was charged for their current tier in the current period, covering from
 * {@code from} to the period's end. A tier change credits the unused part of this amount, never
 * more, so consecutive changes in one period cannot credit more than was charged.
 */
public record PaidSegment(Money amount, Instant from) {
    public PaidSegment {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(from, "from");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("a charge is never negative");
        }
    }
}
