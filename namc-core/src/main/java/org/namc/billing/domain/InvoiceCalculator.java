package org.namc.billing.domain;

import org.namc.shared.domain.ViolationRule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.Money;
import org.namc.shared.domain.NamcException;

/**
 * Computes an invoice's figures from its lines; pure and deterministic.
 *
 * <p>Rounding rules, in order:
 * <ol>
 * <li>A line's amount is quantity times unit price: exact, no rounding.</li>
 * <li>The discount applies before tax, to the positive lines only (credit lines take none).
 *     A percentage discount is {@code percent/100} of their sum, rounded once to the currency's
 *     minor unit {@link RoundingMode#HALF_EVEN HALF_EVEN}: a figure the library derives itself,
 *     so banker's rounding keeps it unbiased over many invoices. A fixed discount may not exceed
 *     that sum.</li>
 * <li>The discount is allocated across the positive lines in proportion to their amounts with
 *     {@link Money#allocate} (largest remainder): the shares add up to the discount exactly and
 *     each lies within one minor unit of its exact share.</li>
 * <li>Each line's tax is its rate times its amount less its discount share, rounded to the
 *     minor unit with the tax rounding mode ({@link RoundingMode#HALF_UP HALF_UP} by default,
 *     as tax authorities and Kill Bill do). The invoice's tax is the sum of its lines' taxes.</li>
 * <li>{@code total = subtotal - discount + tax}, exactly; {@link InvoiceAmounts} refuses anything else.</li>
 * </ol>
 * Amounts are held at the currency's scale throughout (JPY 0, USD 2, BHD 3).
 */
public final class InvoiceCalculator {
    /** Where the library rounds figures it derives itself: percentage discounts and proration. */
    public static final RoundingMode DERIVED_AMOUNT_ROUNDING = RoundingMode.HALF_EVEN;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final RoundingMode taxRounding;

    public InvoiceCalculator(RoundingMode taxRounding) {
        if (taxRounding == RoundingMode.UNNECESSARY) {
            throw new IllegalArgumentException("tax must be rounded by a real rule");
        }
        this.taxRounding = taxRounding;
    }

    public static InvoiceCalculator standard() {
        return new InvoiceCalculator(RoundingMode.HALF_UP);
    }

    public RoundingMode taxRounding() {
        return taxRounding;
    }

    /**
     * @throws NamcException {@code VALIDATION_FAILED} on {@code lines[i].unitPrice} or {@code discount}
     *                       when a currency differs from the invoice's, or a fixed discount exceeds
     *                       what it could discount
     */
    public InvoiceAmounts calculate(Currency currency, List<LineItem> lines, @Nullable Discount discount) {
        Money zero = Money.zero(currency);
        List<Money> amounts = new ArrayList<>(lines.size());
        Money discountable = zero;
        for (int i = 0; i < lines.size(); i++) {
            Money amount = lines.get(i).amount();
            if (!amount.currency().equals(currency)) {
                throw NamcException.invalid("lines[" + i + "].unitPrice", "currency",
                        "must be in the invoice's currency " + currency.getCurrencyCode());
            }
            amounts.add(amount);
            discountable = discountable.plus(amount.max(zero));
        }
        Money totalDiscount = discountAmount(discount, discountable, currency);
        List<Money> shares = shares(totalDiscount, amounts, zero);
        List<PricedLine> priced = new ArrayList<>(lines.size());
        Money subtotal = zero;
        Money tax = zero;
        for (int i = 0; i < lines.size(); i++) {
            LineItem line = lines.get(i);
            Money taxable = amounts.get(i).minus(shares.get(i));
            Money lineTax = taxable.times(line.taxRate(), taxRounding);
            priced.add(new PricedLine(line, amounts.get(i), shares.get(i), lineTax));
            subtotal = subtotal.plus(amounts.get(i));
            tax = tax.plus(lineTax);
        }
        return new InvoiceAmounts(currency, priced, subtotal, totalDiscount, tax,
                subtotal.minus(totalDiscount).plus(tax));
    }

    private static Money discountAmount(@Nullable Discount discount, Money discountable, Currency currency) {
        if (discount == null) {
            return Money.zero(currency);
        }
        if (discount instanceof Discount.Percent p) {
            return discountable.times(p.percent().divide(HUNDRED), DERIVED_AMOUNT_ROUNDING);
        }
        Money fixed = ((Discount.Fixed) discount).amount();
        if (!fixed.currency().equals(currency)) {
            throw NamcException.invalid("discount", "currency",
                    "must be in the invoice's currency " + currency.getCurrencyCode());
        }
        if (fixed.isGreaterThan(discountable)) {
            throw NamcException.invalid("discount", ViolationRule.RANGE, "must not exceed the sum of the invoice's positive lines");
        }
        return fixed;
    }

    /** The discount split over the positive lines by amount; credit lines get zero. */
    private static List<Money> shares(Money totalDiscount, List<Money> amounts, Money zero) {
        if (totalDiscount.isZero()) {
            return amounts.stream().map(a -> zero).toList();
        }
        List<BigDecimal> weights = amounts.stream().map(a -> a.max(zero).amount()).toList();
        return totalDiscount.allocate(weights);
    }
}
