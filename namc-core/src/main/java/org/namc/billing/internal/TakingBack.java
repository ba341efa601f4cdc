package org.namc.billing.internal;

import org.namc.billing.domain.CoveredPeriod;
import org.namc.billing.domain.Invoice;
import org.namc.billing.domain.InvoicePurpose;
import org.namc.billing.domain.Payment;
import org.namc.shared.domain.Money;
import org.namc.shared.internal.AuditScope;

/**
 * What a staff refund takes back, in the unit that settles it: a partial refund only gives money
 * back; the refund that leaves a payment fully refunded ends the membership period it paid for
 * now, and a course or event place is given up.
 */
final class TakingBack {
    private final BillingContext ctx;
    private final StandingSync standing;

    TakingBack(BillingContext ctx, StandingSync standing) {
        this.ctx = ctx;
        this.standing = standing;
    }

    void refunded(Payment after, Money amount, AuditScope scope) {
        Invoice invoice = ctx.invoice(after.invoice());
        boolean fully = after.refundable().isZero() && after.pendingRefund() == null;
        InvoicePurpose purpose = invoice.purpose();
        if (purpose instanceof InvoicePurpose.Purchase purchase) {
            ctx.purchasables().refunded(purchase.item(), after.member(), after.id(), amount, fully);
        } else if (fully && Settlement.subscriptionOf(purpose) != null) {
            ctx.periods().findBySource(CoveredPeriod.sourceOf(after.id())).ifPresent(period -> {
                ctx.periods().save(period.cutOff(ctx.now()));
                standing.sync(after.member(), scope);
            });
        }
    }
}
