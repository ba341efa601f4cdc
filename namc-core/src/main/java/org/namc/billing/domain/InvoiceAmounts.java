package org.namc.billing.domain;

import java.util.Currency;
import java.util.List;
import java.util.Objects;
import org.namc.shared.domain.Money;

/**
 * The computed figures of an invoice. The constructor refuses figures that do not add up,
 * so {@code total = subtotal - discount + tax} holds for every instance, stored or computed,
 * and each of subtotal, discount and tax is the exact sum of its lines.
 */
public record InvoiceAmounts(Currency currency, List<PricedLine> lines, Money subtotal, Money discount, Money tax,
                             Money total) {
    public InvoiceAmounts {
        Objects.requireNonNull(currency, "currency");
        lines = List.copyOf(lines);
        Money zero = Money.zero(currency);
        Money lineAmounts = zero;
        Money lineDiscounts = zero;
        Money lineTaxes = zero;
        for (PricedLine line : lines) {
            lineAmounts = lineAmounts.plus(line.amount());
            lineDiscounts = lineDiscounts.plus(line.discount());
            lineTaxes = lineTaxes.plus(line.tax());
        }
        if (!lineAmounts.equals(subtotal) || !lineDiscounts.equals(discount) || !lineTaxes.equals(tax)) {
            throw new IllegalArgumentException("subtotal, discount and tax must be the sums of the lines'");
        }
        if (!subtotal.minus(discount).plus(tax).equals(total)) {
            throw new IllegalArgumentException("total must be subtotal - discount + tax");
        }
    }

    /** The figures of an invoice without lines: all zero. */
    public static InvoiceAmounts empty(Currency currency) {
        Money zero = Money.zero(currency);
        return new InvoiceAmounts(currency, List.of(), zero, zero, zero, zero);
    }
}
