package org.namc.billing.internal;

import org.namc.billing.domain.BillingRefusal;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.namc.billing.domain.BillingPeriod;
import org.namc.billing.domain.InvoiceAmounts;
import org.namc.billing.domain.InvoiceCalculator;
import org.namc.billing.domain.LineItem;
import org.namc.billing.domain.MembershipTier;
import org.namc.billing.domain.PaidSegment;
import org.namc.billing.domain.Proration;
import org.namc.billing.domain.ProrationCalculator;
import org.namc.billing.domain.Subscription;
import org.namc.shared.domain.Money;
import org.namc.shared.domain.NamcException;

/**
 * An immediate change of tier worked out in full: the proration and the invoice lines and
 * figures it makes. Preview and change both build it with {@link #of}, which is why a preview
 * shows exactly what the change invoices.
 */
record TierChangePlan(Subscription subscription, MembershipTier target, Money newPrice, Proration proration,
                      BillingPeriod rest, List<LineItem> lines, InvoiceAmounts amounts) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.US);

    /**
     * @throws NamcException {@code ILLEGAL_STATE} when the subscription cannot change tier now,
     *                       {@code VALIDATION_FAILED} on {@code tier} when the target cannot take it
     */
    static TierChangePlan of(Subscription subscription, MembershipTier current, MembershipTier target, Instant now,
                             BigDecimal taxRate, InvoiceCalculator calculator) {
        checkTarget(subscription, target);
        PaidSegment paid = subscription.currentCharge();
        if (paid == null || subscription.paymentDue() != null || subscription.cancelAtPeriodEnd()) {
            throw NamcException.refused(BillingRefusal.SUBSCRIPTION_NOT_CHANGEABLE, "only an active subscription with nothing outstanding changes tier now");
        }
        Money newPrice = target.terms().price(subscription.interval());
        ZoneId zone = subscription.cycle().zone();
        BillingPeriod period = subscription.currentPeriod();
        Proration proration = ProrationCalculator.prorate(period, zone, paid, newPrice, now);
        String days = " (" + DAY.format(proration.changeDate()) + " – " + DAY.format(period.endDate(zone)) + ")";
        List<LineItem> lines = List.of(
                LineItem.of("Unused time on " + current.terms().displayName() + days, 1, proration.credit().negate(),
                        taxRate),
                LineItem.of("Remaining time on " + target.terms().displayName() + days, 1, proration.charge(),
                        taxRate));
        InvoiceAmounts amounts = calculator.calculate(newPrice.currency(), lines, null);
        return new TierChangePlan(subscription, target, newPrice, proration, new BillingPeriod(now, period.end()),
                lines, amounts);
    }

    /** What any change of tier, now or later, requires of the target tier. */
    static void checkTarget(Subscription subscription, MembershipTier target) {
        if (target.code().equals(subscription.tier())) {
            throw NamcException.invalid("tier", "different", "is already the subscription's tier");
        }
        if (!target.isActive()) {
            throw NamcException.invalid("tier", "on-sale", "tier " + target.code() + " is not on sale");
        }
        Money price = target.terms().priceFor(subscription.interval());
        if (price == null) {
            throw NamcException.invalid("tier", "offered",
                    "tier " + target.code() + " has no " + subscription.interval().adjective() + " price");
        }
        if (!price.currency().equals(subscription.unitAmount().currency())) {
            throw NamcException.invalid("tier", "currency", "tier " + target.code() + " is priced in another currency");
        }
    }
}
