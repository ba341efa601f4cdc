package org.namc.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import org.namc.billing.domain.DunningPolicy;
import org.namc.billing.domain.LineItem;

/**
 * Billing settings a host may tune; every one has a default.
 *
 * @param zone                    the time zone of the books: billing periods, proration days and
 *                                invoice-number years are counted in it
 * @param taxRounding             how a line's tax is rounded to the minor unit (HALF_UP by default)
 * @param membershipTaxRate       the tax rate on membership dues (a fraction; 0 by default)
 * @param membershipDaysUntilDue  days a membership invoice is due after issue
 * @param dunning                 how failed renewal payments are retried
 * @param incompleteExpiry        how long a new subscription waits for its first payment before it ends
 */
public record BillingSettings(ZoneId zone, RoundingMode taxRounding, BigDecimal membershipTaxRate,
                              int membershipDaysUntilDue, DunningPolicy dunning, Duration incompleteExpiry) {
    public BillingSettings {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(taxRounding, "taxRounding");
        Objects.requireNonNull(dunning, "dunning");
        Objects.requireNonNull(incompleteExpiry, "incompleteExpiry");
        Objects.requireNonNull(membershipTaxRate, "membershipTaxRate");
        if (membershipTaxRate.signum() < 0 || membershipTaxRate.compareTo(BigDecimal.ONE) > 0
                || membershipTaxRate.stripTrailingZeros().scale() > LineItem.MAX_TAX_DECIMALS) {
            throw new IllegalArgumentException("the membership tax rate is a fraction between 0 and 1, at most "
                    + LineItem.MAX_TAX_DECIMALS + " decimals");
        }
        if (membershipDaysUntilDue < 0 || incompleteExpiry.isNegative() || incompleteExpiry.isZero()) {
            throw new IllegalArgumentException("due days must not be negative and the incomplete expiry positive");
        }
    }

    /** Pacific time (the association's books), HALF_UP tax, no tax on dues, standard dunning, 23 hours to pay. */
    public static BillingSettings defaults() {
        return new BillingSettings(ZoneId.of("America/Los_Angeles"), RoundingMode.HALF_UP, BigDecimal.ZERO, 0,
                DunningPolicy.standard(), Duration.ofHours(23));
    }

    public BillingSettings withZone(ZoneId newZone) {
        return new BillingSettings(newZone, taxRounding, membershipTaxRate, membershipDaysUntilDue, dunning,
                incompleteExpiry);
    }

    public BillingSettings withMembershipTaxRate(BigDecimal rate) {
        return new BillingSettings(zone, taxRounding, rate, membershipDaysUntilDue, dunning, incompleteExpiry);
    }

    public BillingSettings withTaxRounding(RoundingMode rounding) {
        return new BillingSettings(zone, rounding, membershipTaxRate, membershipDaysUntilDue, dunning,
                incompleteExpiry);
    }

    public BillingSettings withDunning(DunningPolicy policy) {
        return new BillingSettings(zone, taxRounding, membershipTaxRate, membershipDaysUntilDue, policy,
                incompleteExpiry);
    }
}
