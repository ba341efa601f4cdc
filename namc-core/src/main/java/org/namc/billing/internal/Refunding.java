package org.namc.billing.internal;

import org.namc.billing.domain.BillingRefusal;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.Objects;
import org.namc.billing.RefundResult;
import org.namc.billing.domain.CreditNote;
import org.namc.billing.domain.CreditNoteId;
import org.namc.billing.domain.GatewayRefund;
import org.namc.billing.domain.NumberSeries;
import org.namc.billing.domain.Payment;
import org.namc.billing.domain.PendingRefund;
import org.namc.billing.domain.Refund;
import org.namc.billing.domain.RefundId;
import org.namc.billing.domain.RefundRequest;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.Money;
import org.namc.shared.domain.NamcException;
import org.namc.shared.internal.AuditScope;

/**
 * Gives money back through the gateway in three steps, so that no unit of work waits on the
 * gateway: a unit records the refund as pending on its payment (holding its amount back), the
 * gateway is called with a key derived from the refund's id, and a second unit settles the
 * answer with a numbered credit note, or drops the pending refund when the gateway refused it.
 */
final class Refunding {
    private static final System.Logger LOG = System.getLogger(Refunding.class.getName());

    private final BillingContext ctx;
    private final BillingViews views;
    private final TakingBack takingBack;

    Refunding(BillingContext ctx, BillingViews views, TakingBack takingBack) {
        this.ctx = ctx;
        this.views = views;
        this.takingBack = takingBack;
    }

    /**
     * Inside the first unit: records {@code amount} as being refunded.
     *
     * @param takesBack settling it also takes back what the payment bought
     */
    RefundIntent record(Payment payment, Money amount, String reason, boolean takesBack, AuditScope scope) {
        payment.checkRefundable(amount);
        PendingRefund pending = new PendingRefund(new RefundId(ctx.ids().newId()), amount, reason, takesBack,
                ctx.now());
        Payment after = ctx.payments().save(payment.refundRequested(pending, ctx.now()));
        scope.changed("refunding", null, amount);
        return intentOf(after);
    }

    /** The gateway call a payment's pending refund stands for. */
    static RefundIntent intentOf(Payment payment) {
        PendingRefund pending = Objects.requireNonNull(payment.pendingRefund(), "a refund is pending");
        String gatewayPayment = Objects.requireNonNull(payment.gatewayPaymentId(), "a succeeded payment has one");
        return new RefundIntent(payment.id(), new RefundRequest(gatewayPayment, pending.amount(), pending.reason()),
                pending.key());
    }

    /**
     * After the first unit committed: asks the gateway and settles its answer.
     *
     * @throws NamcException {@code GATEWAY_UNAVAILABLE} when the gateway did not answer: the refund
     *                       stays pending and the reconcile step completes it under the same key
     */
    RefundResult send(Actor actor, RefundIntent intent) {
        GatewayRefund answer;
        try {
            answer = ctx.gateway().refund(intent.request(), intent.key());
        } catch (NamcException refused) {
            if (refused.code() == ErrorCode.GATEWAY_UNAVAILABLE) {
                throw refused;
            }
            answer = new GatewayRefund.Rejected("invalid_request", refused.getMessage());
        } catch (RuntimeException unanswered) {
            LOG.log(Level.DEBUG, "refund of payment {0} left pending: the gateway did not answer ({1})",
                    intent.payment(), unanswered.getClass().getSimpleName());
            throw NamcException.of(ErrorCode.GATEWAY_UNAVAILABLE,
                    "the payment gateway did not answer; the refund is recorded and will be completed");
        }
        return settle(actor, intent, answer);
    }

    /** The second unit: the gateway's answer applied to the pending refund, once. */
    RefundResult settle(Actor actor, RefundIntent intent, GatewayRefund answer) {
        return ctx.unitOfWork().execute(actor, "payment.refund.settle", BillingContext.PAYMENT, scope -> {
            scope.resource(intent.payment());
            Payment payment = ctx.payment(intent.payment());
            PendingRefund pending = payment.pendingRefund();
            if (pending == null || !pending.key().equals(intent.key())) {
                throw NamcException.refused(BillingRefusal.REFUND_ALREADY_SETTLED, "refund " + intent.key() + " was settled before");
            }
            if (answer instanceof GatewayRefund.Rejected rejected) {
                Payment after = ctx.payments().save(payment.refundRejected(ctx.now()));
                scope.changed("refunding", pending.amount(), null);
                return new RefundResult.Rejected(views.payment(after), rejected.code(), rejected.message());
            }
            Instant now = ctx.now();
            CreditNote note = new CreditNote(new CreditNoteId(ctx.ids().newId()),
                    ctx.numbers().next(NumberSeries.CREDIT_NOTE, ctx.yearOf(now)), payment.member(),
                    payment.invoice(), payment.id(), pending.amount(), pending.reason(), now);
            ctx.creditNotes().save(note);
            Refund refund = new Refund(pending.id(), pending.amount(), pending.reason(),
                    ((GatewayRefund.Refunded) answer).gatewayRefundId(), note.id(), now);
            Payment after = ctx.payments().save(payment.refunded(refund, now));
            scope.changed("refunded", payment.refunded(), after.refunded());
            if (pending.takesBack()) {
                takingBack.refunded(after, pending.amount(), scope);
            }
            return new RefundResult.Refunded(views.payment(after), views.creditNote(note));
        });
    }
}
