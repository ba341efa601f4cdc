package org.namc.billing.internal;

import java.util.ArrayList;
import java.util.List;
import java.time.ZoneId;
import java.math.BigDecimal;
import org.namc.billing.domain.BillingInterval;
import org.namc.billing.domain.BillingPeriod;
import org.namc.billing.domain.LineItem;
import org.namc.billing.domain.MembershipTier;
import org.namc.shared.domain.Money;

/** The lines of a membership period's invoice. */
final class MembershipLines {
    private MembershipLines() {
    }

    /** The period at {@code price}, and the tier's setup fee on the first paid period. */
    static List<LineItem> forPeriod(MembershipTier tier, BillingInterval interval, Money price, BillingPeriod period,
                                    boolean first, ZoneId zone, BigDecimal taxRate) {
        List<LineItem> lines = new ArrayList<>();
        lines.add(LineItem.of(tier.terms().displayName() + " membership, " + interval.adjective() + " ("
                + period.describe(zone) + ")", 1, price, taxRate));
        Money setupFee = tier.terms().setupFee();
        if (first && setupFee.isPositive()) {
            lines.add(LineItem.of(tier.terms().displayName() + " setup fee", 1, setupFee, taxRate));
        }
        return lines;
    }
}
