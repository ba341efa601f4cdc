package org.namc.billing.internal;

import java.time.Instant;
import java.util.Objects;
import org.namc.billing.RefundResult;
import org.namc.billing.domain.CreditNote;
import org.namc.billing.domain.CreditNoteId;
import org.namc.billing.domain.GatewayRefund;
import org.namc.billing.domain.IdempotencyKey;
import org.namc.billing.domain.NumberSeries;
import org.namc.billing.domain.Payment;
import org.namc.billing.domain.Refund;
import org.namc.billing.domain.RefundId;
import org.namc.billing.domain.RefundRequest;
import org.namc.shared.domain.Money;
import org.namc.shared.internal.AuditScope;

/** Gives money back through the gateway and documents it with a numbered credit note. */
final class Refunding {
    private final BillingContext ctx;
    private final BillingViews views;

    Refunding(BillingContext ctx, BillingViews views) {
        this.ctx = ctx;
        this.views = views;
    }

    RefundResult refund(Payment payment, Money amount, String reason, AuditScope scope) {
        payment.checkRefundable(amount);
        String gatewayPayment = Objects.requireNonNull(payment.gatewayPaymentId(), "a succeeded payment has one");
        // The n-th refund of a payment keeps its key, so a retried unit cannot refund twice.
        GatewayRefund answer = ctx.gateway().refund(new RefundRequest(gatewayPayment, amount, reason),
                IdempotencyKey.of("refund", payment.id(), payment.refunds().size() + 1));
        if (answer instanceof GatewayRefund.Rejected rejected) {
            return new RefundResult.Rejected(views.payment(payment), rejected.code(), rejected.message());
        }
        Instant now = ctx.now();
        CreditNote note = new CreditNote(new CreditNoteId(ctx.ids().newId()),
                ctx.numbers().next(NumberSeries.CREDIT_NOTE, ctx.yearOf(now)), payment.member(), payment.invoice(),
                payment.id(), amount, reason, now);
        ctx.creditNotes().save(note);
        Refund refund = new Refund(new RefundId(ctx.ids().newId()), amount, reason,
                ((GatewayRefund.Refunded) answer).gatewayRefundId(), note.id(), now);
        Payment after = ctx.payments().save(payment.refunded(refund, now));
        scope.changed("refunded", payment.refunded(), after.refunded());
        return new RefundResult.Refunded(views.payment(after), views.creditNote(note));
    }
}
