package org.namc.billing.domain;

import java.util.Objects;
import org.namc.shared.domain.Money;

/**
 * A line with its computed amounts: {@code amount} is quantity times unit price,
 * {@code discount} its share of the invoice discount, {@code tax} the tax on what remains.
 */
public record PricedLine(LineItem item, Money amount, Money discount, Money tax) {
    public PricedLine {
        Objects.requireNonNull(item, "item");
        if (!amount.equals(item.amount())) {
            throw new IllegalArgumentException("a line's amount is its quantity times its unit price");
        }
        amount.minus(discount).plus(tax); // all three in one currency
    }

    /** What the line is taxed on: its amount less its share of the discount. */
    public Money taxable() {
        return amount.minus(discount);
    }

    /** What the line adds to the invoice total. */
    public Money total() {
        return taxable().plus(tax);
    }
}
