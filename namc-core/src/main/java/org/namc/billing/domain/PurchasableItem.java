package org.namc.billing.domain;

import org.namc.shared.domain.ViolationRule;
import java.math.BigDecimal;
import java.util.Objects;
import org.namc.shared.domain.Money;
import org.namc.shared.domain.Violations;

/** A course or event on sale: what the invoice line says, costs and is taxed at. */
public record PurchasableItem(ItemRef ref, String description, Money price, BigDecimal taxRate) {
    public PurchasableItem {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(price, "price");
        Violations.collect().notBlank(description, "description", 500)
                .check(!price.isNegative(), "price", ViolationRule.RANGE, "must not be negative").throwIfAny();
        new LineItem(description, 1, price, taxRate); // the same rules as the line it becomes
    }

    public LineItem line() {
        return new LineItem(description, 1, price, taxRate);
    }
}
