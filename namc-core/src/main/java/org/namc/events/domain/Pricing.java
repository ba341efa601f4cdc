package org.namc.events.domain;

import org.namc.shared.domain.ViolationRule;
import java.time.Instant;
import java.util.Currency;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.Money;
import org.namc.shared.domain.Violations;

/**
 * What a seat costs: the price, and optionally a lower early-bird price until a deadline. A
 * zero price is a free event.
 */
public record Pricing(Money price, @Nullable Money earlyBirdPrice, @Nullable Instant earlyBirdDeadline) {
    public Pricing {
        Objects.requireNonNull(price, "price");
        Violations.collect()
                .check(!price.isNegative(), "price", ViolationRule.RANGE, "must not be negative")
                .check((earlyBirdPrice == null) == (earlyBirdDeadline == null), "earlyBirdDeadline", "paired",
                        "an early-bird price and its deadline come together")
                .check(earlyBirdPrice == null || earlyBirdPrice.currency().equals(price.currency()),
                        "earlyBirdPrice", "currency", "must be in the price's currency")
                .check(earlyBirdPrice == null || !earlyBirdPrice.currency().equals(price.currency())
                                || (!earlyBirdPrice.isNegative() && price.isGreaterThan(earlyBirdPrice)),
                        "earlyBirdPrice", "below-price", "must be below the price and not negative")
                .throwIfAny();
    }

    public static Pricing free() {
        return new Pricing(Money.zero(Currency.getInstance("USD")), null, null);
    }

    public static Pricing of(Money price) {
        return new Pricing(price, null, null);
    }

    public boolean isFree() {
        return price.isZero();
    }

    /** The price a registration made at {@code now} pays: early-bird until (excluding) its deadline. */
    public Money priceAt(Instant now) {
        return earlyBirdPrice != null && earlyBirdDeadline != null && now.isBefore(earlyBirdDeadline)
                ? earlyBirdPrice : price;
    }
}
