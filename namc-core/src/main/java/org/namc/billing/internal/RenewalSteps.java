package org.namc.billing.internal;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.namc.billing.BillingRunReport;
import org.namc.billing.domain.BillingAccount;
import org.namc.billing.domain.BillingNotice;
import org.namc.billing.domain.BillingPeriod;
import org.namc.billing.domain.Invoice;
import org.namc.billing.domain.InvoiceId;
import org.namc.billing.domain.InvoicePurpose;
import org.namc.billing.domain.InvoiceStatus;
import org.namc.billing.domain.MembershipTier;
import org.namc.billing.domain.PaymentDue;
import org.namc.billing.domain.Subscription;
import org.namc.billing.domain.SubscriptionId;
import org.namc.billing.domain.SubscriptionStatus;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.Money;
import org.namc.shared.internal.AuditScope;

/**
 * One due step of one subscription, in its own unit of work: end it if it was set to end,
 * end a trial without a payment method, renew into the next period (converting a trial),
 * retry a past-due invoice, or give up on a first payment that never came. A renewal or retry
 * records its payment in the step's unit and leaves the charge to be sent once it committed.
 */
final class RenewalSteps {
    private static final BillingRunReport RENEWED = new BillingRunReport(1, 0, 0, 0, 0, 0);
    private static final BillingRunReport TRIAL_ENDED = new BillingRunReport(0, 1, 0, 0, 0, 0);
    private static final BillingRunReport RETRIED = new BillingRunReport(0, 0, 1, 0, 0, 0);
    private static final BillingRunReport RETRIED_AND_SUSPENDED = new BillingRunReport(0, 0, 1, 1, 0, 0);
    private static final BillingRunReport ENDED = new BillingRunReport(0, 0, 0, 0, 1, 0);

    private final BillingContext ctx;
    private final Issuing issuing;
    private final Collection collection;
    private final Settlement settlement;

    RenewalSteps(BillingContext ctx, Issuing issuing, Collection collection, Settlement settlement) {
        this.ctx = ctx;
        this.issuing = issuing;
        this.collection = collection;
        this.settlement = settlement;
    }

    /** What a step did, and the charge it leaves to send (off-session, after its unit committed). */
    record Step(BillingRunReport report, @Nullable Collecting charge) {
        static final Step NOTHING = new Step(BillingRunReport.nothing(), null);

        Step(BillingRunReport report) {
            this(report, null);
        }
    }

    Step step(Actor actor, SubscriptionId id) {
        Subscription current = ctx.subscription(id);
        Instant due = current.nextActionAt();
        if (due == null || due.isAfter(ctx.now())) {
            return Step.NOTHING;
        }
        return ctx.unitOfWork().execute(actor, "subscription.advance", BillingContext.SUBSCRIPTION, scope -> {
            scope.resource(id);
            // Read again under the unit's lock: another run (another node) may have taken this
            // step since the check above, and the step must not be taken twice.
            Subscription s = ctx.subscription(id);
            if (!due.equals(s.nextActionAt())) {
                return Step.NOTHING;
            }
            return switch (s.status()) {
                case TRIALING -> s.cancelAtPeriodEnd() ? new Step(end(s, scope))
                        : ctx.accounts().find(s.member()).map(BillingAccount::paymentMethod).isPresent()
                        ? renew(s, scope) : new Step(endTrial(s, scope));
                case ACTIVE -> s.cancelAtPeriodEnd() ? new Step(end(s, scope)) : renew(s, scope);
                case PAST_DUE -> retry(s, scope);
                case INCOMPLETE -> new Step(expire(s, scope));
                case UNPAID, CANCELED -> Step.NOTHING;
            };
        });
    }

    private Step renew(Subscription s, AuditScope scope) {
        MembershipTier tier = ctx.tier(s.nextTier());
        // A tier off sale still renews its subscribers; a price no longer offered keeps the last one.
        Money listed = tier.terms().priceFor(s.interval());
        Money price = listed != null && listed.currency().equals(s.unitAmount().currency()) ? listed
                : s.unitAmount();
        BillingPeriod next = s.nextPeriod();
        InvoiceId invoiceId = new InvoiceId(ctx.ids().newId());
        Subscription renewed = ctx.subscriptions().save(s.renewed(price, invoiceId, ctx.now()));
        Invoice invoice = issuing.issue(invoiceId, s.member(),
                new InvoicePurpose.SubscriptionPeriod(s.id(), renewed.tier(), next), price.currency(),
                MembershipLines.forPeriod(tier, s.interval(), price, next, s.nextPeriodIsFirst(), s.cycle().zone(),
                        ctx.settings().membershipTaxRate()), ctx.settings().membershipDaysUntilDue());
        scope.changed("currentPeriodEnd", s.currentPeriod().end(), next.end()).changed("tier", s.tier(),
                renewed.tier());
        return new Step(RENEWED, collection.begin(invoice, null, true, scope));
    }

    private BillingRunReport endTrial(Subscription s, AuditScope scope) {
        Subscription ended = ctx.subscriptions().save(s.trialEndedWithoutPaymentMethod(ctx.now()));
        scope.changed("status", s.status(), ended.status());
        settlement.notify(scope, new BillingNotice.TrialEndedWithoutPaymentMethod(s.member(), s.id(),
                ended.endedAt()));
        return TRIAL_ENDED;
    }

    private BillingRunReport end(Subscription s, AuditScope scope) {
        Subscription ended = ctx.subscriptions().save(s.ended(ctx.now()));
        scope.changed("status", s.status(), ended.status());
        return ENDED;
    }

    private Step retry(Subscription s, AuditScope scope) {
        PaymentDue due = Objects.requireNonNull(s.paymentDue(), "a past-due subscription has an invoice due");
        return new Step(RETRIED, collection.begin(ctx.invoice(due.invoice()), null, true, scope));
    }

    /** A retry's report once its charge settled: suspended too when that was the last attempt. */
    BillingRunReport afterCharge(BillingRunReport report, SubscriptionId id) {
        if (!report.equals(RETRIED)) {
            return report;
        }
        SubscriptionStatus after = ctx.subscription(id).status();
        return after == SubscriptionStatus.UNPAID || after == SubscriptionStatus.CANCELED
                ? RETRIED_AND_SUSPENDED : RETRIED;
    }

    private BillingRunReport expire(Subscription s, AuditScope scope) {
        Subscription expired = ctx.subscriptions().save(s.expired(ctx.now()));
        scope.changed("status", s.status(), expired.status());
        PaymentDue due = s.paymentDue();
        if (due != null) {
            Invoice first = ctx.invoice(due.invoice());
            if (first.status() == InvoiceStatus.OPEN) {
                ctx.invoices().save(first.voided(ctx.now()));
            }
        }
        return ENDED;
    }
}
