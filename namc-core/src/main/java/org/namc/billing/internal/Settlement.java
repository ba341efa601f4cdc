package org.namc.billing.internal;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.namc.billing.domain.BillingNotice;
import org.namc.billing.domain.BillingPeriod;
import org.namc.billing.domain.ChargeOutcome;
import org.namc.billing.domain.CoveredPeriod;
import org.namc.billing.domain.Invoice;
import org.namc.billing.domain.InvoicePurpose;
import org.namc.billing.domain.Payment;
import org.namc.billing.domain.PaymentDue;
import org.namc.billing.domain.Subscription;
import org.namc.billing.domain.SubscriptionId;
import org.namc.billing.domain.SubscriptionStatus;
import org.namc.shared.internal.AuditScope;

/**
 * What collecting an invoice brings about, inside the unit of work that settles the payment:
 * a paid membership invoice covers its period and reactivates its subscription, a paid purchase
 * books the place; a failed membership payment moves the subscription along its dunning
 * schedule and tells the member.
 */
final class Settlement {
    private final BillingContext ctx;
    private final StandingSync standing;

    Settlement(BillingContext ctx, StandingSync standing) {
        this.ctx = ctx;
        this.standing = standing;
    }

    static @Nullable SubscriptionId subscriptionOf(InvoicePurpose purpose) {
        if (purpose instanceof InvoicePurpose.SubscriptionPeriod p) {
            return p.subscription();
        }
        if (purpose instanceof InvoicePurpose.TierChange c) {
            return c.subscription();
        }
        return null;
    }

    /** Marks the invoice paid by {@code payment} ({@code null}: nothing was due) and applies what it paid for. */
    Invoice paid(Invoice invoice, @Nullable Payment payment, AuditScope scope) {
        Invoice settled = ctx.invoices().save(invoice.paid(payment == null ? null : payment.id(), ctx.now()));
        scope.changed("invoiceStatus", invoice.status(), settled.status());
        InvoicePurpose purpose = invoice.purpose();
        if (purpose instanceof InvoicePurpose.SubscriptionPeriod p) {
            cover(settled, payment, p.subscription(), p.tier(), p.period(), scope);
        } else if (purpose instanceof InvoicePurpose.TierChange c) {
            cover(settled, payment, c.subscription(), c.toTier(), c.rest(), scope);
        } else if (purpose instanceof InvoicePurpose.Purchase p) {
            ctx.purchasables().paid(p.item(), invoice.member(), payment == null ? null : payment.id(),
                    invoice.total());
        }
        return settled;
    }

    private void cover(Invoice invoice, @Nullable Payment payment, SubscriptionId id, String tier,
                       BillingPeriod period, AuditScope scope) {
        Subscription before = ctx.subscription(id);
        Subscription after = ctx.subscriptions().save(before.paid(invoice.id(), ctx.now()));
        scope.changed("subscriptionStatus", before.status(), after.status());
        CoveredPeriod covered = payment == null
                ? CoveredPeriod.settled(invoice.id(), invoice.member(), id, tier, period)
                : CoveredPeriod.paidBy(payment.id(), invoice.member(), id, tier, period);
        if (ctx.periods().findBySource(covered.source()).isEmpty()) {
            ctx.periods().save(covered);
        }
        standing.sync(invoice.member(), scope);
        if (before.status() == SubscriptionStatus.PAST_DUE || before.status() == SubscriptionStatus.UNPAID) {
            notify(scope, new BillingNotice.PaymentRecovered(invoice.member(), invoice.issuedNumber(),
                    invoice.total()));
        }
    }

    /** The gateway will confirm the payment later: the subscription waits instead of retrying. */
    void awaiting(Invoice invoice) {
        Subscription subscription = awaitedBy(invoice);
        if (subscription != null) {
            ctx.subscriptions().save(subscription.awaitingConfirmation(ctx.now()));
        }
    }

    void failed(Invoice invoice, Payment payment, AuditScope scope) {
        Subscription before = awaitedBy(invoice);
        if (before == null) {
            return; // a purchase or a hand-written invoice: the member simply tries again
        }
        Subscription after = ctx.subscriptions().save(
                before.paymentFailed(invoice.id(), ctx.settings().dunning(), ctx.now()));
        scope.changed("subscriptionStatus", before.status(), after.status());
        PaymentDue due = after.paymentDue();
        notify(scope, new BillingNotice.PaymentFailed(invoice.member(), invoice.issuedNumber(), invoice.total(),
                due == null ? 1 : due.failedAttempts(),
                Objects.requireNonNullElse(payment.failureMessage(), "The payment failed."),
                after.status() == SubscriptionStatus.PAST_DUE && due != null ? due.nextActionAt() : null,
                ChargeOutcome.Declined.AUTHENTICATION_REQUIRED.equals(payment.failureCode())));
        boolean retriesSpent = after.status() == SubscriptionStatus.UNPAID
                || after.status() == SubscriptionStatus.CANCELED;
        if (retriesSpent && before.status() != after.status()) {
            suspend(invoice, after, scope);
        }
    }

    private void suspend(Invoice invoice, Subscription subscription, AuditScope scope) {
        if (subscription.status() == SubscriptionStatus.CANCELED) {
            ctx.invoices().save(invoice.uncollectible(ctx.now()));
        }
        notify(scope, new BillingNotice.SubscriptionSuspended(subscription.member(), subscription.id(),
                subscription.status(), invoice.issuedNumber()));
    }

    private @Nullable Subscription awaitedBy(Invoice invoice) {
        SubscriptionId id = subscriptionOf(invoice.purpose());
        if (id == null) {
            return null;
        }
        Subscription subscription = ctx.subscription(id);
        PaymentDue due = subscription.paymentDue();
        return due != null && due.invoice().equals(invoice.id()) && subscription.status().isLive()
                ? subscription : null;
    }

    void notify(AuditScope scope, BillingNotice notice) {
        scope.afterCommit(() -> ctx.notices().send(notice));
    }
}
