package org.namc.billing.internal;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.namc.billing.ReconcileReport;
import org.namc.billing.domain.ChargeLookup;
import org.namc.billing.domain.ChargeOutcome;
import org.namc.billing.domain.Payment;
import org.namc.billing.domain.PaymentId;
import org.namc.billing.domain.PaymentStatus;
import org.namc.shared.domain.Actor;

/**
 * Finishes what a crash (or an unanswered gateway call) interrupted between recording a payment
 * or refund and settling the gateway's answer. A payment left PROCESSING is settled by the
 * gateway's word on its current state, or failed when the gateway never received it; a pending
 * refund is sent again under its own key, so the gateway performs it at most once. Only what
 * has been left alone for {@link #STALE_AFTER} is touched, so a call still in flight is not
 * second-guessed. Each payment is settled in its own unit of work.
 */
final class Reconciling {
    /** Longer than a gateway call with all its retries can take. */
    static final Duration STALE_AFTER = Duration.ofMinutes(15);
    static final String NOT_SENT = "not_sent";
    private static final int BATCH = 100;
    private static final System.Logger LOG = System.getLogger(Reconciling.class.getName());

    private final BillingContext ctx;
    private final Collection collection;
    private final Refunding refunding;
    private final Settlement settlement;

    Reconciling(BillingContext ctx, Collection collection, Refunding refunding, Settlement settlement) {
        this.ctx = ctx;
        this.collection = collection;
        this.refunding = refunding;
        this.settlement = settlement;
    }

    ReconcileReport reconcile(Actor actor) {
        ctx.requireOnAll(actor, BillingContext.PAYMENT, "confirm");
        ReconcileReport report = ReconcileReport.nothing();
        Set<PaymentId> visited = new HashSet<>();
        while (true) {
            List<Payment> batch = ctx.payments().unsettled(ctx.now().minus(STALE_AFTER), BATCH).stream()
                    .filter(p -> !visited.contains(p.id())).toList();
            if (batch.isEmpty()) {
                return report;
            }
            for (Payment payment : batch) {
                visited.add(payment.id());
                report = report.plus(settle(actor, payment));
            }
        }
    }

    private ReconcileReport settle(Actor actor, Payment payment) {
        try {
            if (payment.pendingRefund() != null) {
                refunding.send(actor, Refunding.intentOf(payment));
                return new ReconcileReport(0, 0, 1, 0);
            }
            if (payment.status() != PaymentStatus.PROCESSING) {
                return ReconcileReport.nothing();
            }
            Optional<ChargeOutcome> state = ctx.gateway().chargeState(new ChargeLookup(
                    payment.gateway().customerId(), payment.gatewayPaymentId(), payment.id().toString(),
                    payment.chargeKey(), payment.createdAt()));
            if (state.isEmpty()) {
                neverSent(actor, payment.id());
                return new ReconcileReport(0, 1, 0, 0);
            }
            collection.settle(actor, payment.id(), state.get());
            return new ReconcileReport(1, 0, 0, 0);
        } catch (RuntimeException failure) {
            LOG.log(Level.DEBUG, "payment {0} not reconciled this time ({1})", payment.id(),
                    failure.getClass().getSimpleName());
            return new ReconcileReport(0, 0, 0, 1);
        }
    }

    /** The gateway has no such charge: nothing was taken, so the attempt failed and may be made again. */
    private void neverSent(Actor actor, PaymentId id) {
        ctx.unitOfWork().execute(actor, "payment.settle", BillingContext.PAYMENT, scope -> {
            scope.resource(id);
            Payment payment = ctx.payment(id);
            if (payment.status() != PaymentStatus.PROCESSING) {
                return null;
            }
            Payment failed = ctx.payments().save(payment.neverSent(NOT_SENT,
                    "The payment never reached the payment processor; nothing was charged.", ctx.now()));
            scope.changed("status", payment.status(), failed.status());
            settlement.failed(ctx.invoice(failed.invoice()), failed, scope);
            return null;
        });
    }
}
