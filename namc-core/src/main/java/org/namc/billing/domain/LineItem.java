package org.namc.billing.domain;

import org.namc.shared.domain.ViolationRule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.namc.shared.domain.Money;
import org.namc.shared.domain.Violations;

/**
 * One line of an invoice as written: what, how many, at what unit price, taxed at what rate.
 * A negative unit price is a credit (the unused part of a tier on a proration invoice).
 *
 * @param taxRate a fraction between 0 and 1 ({@code 0.0725} is 7.25%), at most six decimals
 */
public record LineItem(String description, int quantity, Money unitPrice, BigDecimal taxRate) {
    public static final int MAX_QUANTITY = 1_000_000;
    public static final int MAX_TAX_DECIMALS = 6;

    public LineItem {
        Violations violations = Violations.collect()
                .notBlank(description, "description", 500)
                .check(quantity >= 1 && quantity <= MAX_QUANTITY, "quantity", ViolationRule.RANGE,
                        "must be between 1 and " + MAX_QUANTITY)
                .required(unitPrice, "unitPrice")
                .required(taxRate, "taxRate");
        if (taxRate != null) {
            violations.check(taxRate.signum() >= 0 && taxRate.compareTo(BigDecimal.ONE) <= 0, "taxRate", ViolationRule.RANGE,
                            "must be a fraction between 0 and 1")
                    .check(taxRate.stripTrailingZeros().scale() <= MAX_TAX_DECIMALS, "taxRate", "scale",
                            "must have at most " + MAX_TAX_DECIMALS + " decimal places");
        }
        violations.throwIfAny();
        description = description.strip();
        taxRate = taxRate.stripTrailingZeros();
    }

    public static LineItem of(String description, int quantity, Money unitPrice, BigDecimal taxRate) {
        return new LineItem(description, quantity, unitPrice, taxRate);
    }

    /** Quantity times unit price: exact, since the quantity is whole. */
    public Money amount() {
        return unitPrice.times(BigDecimal.valueOf(quantity), RoundingMode.UNNECESSARY);
    }
}
