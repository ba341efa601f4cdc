package org.namc.billing.internal;

import org.namc.billing.domain.BillingRefusal;
import java.lang.System.Logger.Level;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.namc.billing.PaymentOutcome;
import org.namc.billing.domain.BillingAccount;
import org.namc.billing.domain.ChargeOutcome;
import org.namc.billing.domain.ChargeRequest;
import org.namc.billing.domain.CustomerAction;
import org.namc.billing.domain.Invoice;
import org.namc.billing.domain.Payment;
import org.namc.billing.domain.PaymentId;
import org.namc.billing.domain.PaymentStatus;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.NamcException;
import org.namc.shared.internal.AuditScope;

/**
 * Collects an open invoice without holding a unit of work open across the gateway call:
 * {@link #begin} (inside the caller's unit) records the attempt as PROCESSING; once that unit
 * has committed, {@link #finish} sends the charge, keyed by the invoice and attempt number, and
 * {@link #settle} applies the answer in a second unit. A crash between the steps leaves a
 * PROCESSING payment that the reconcile step settles by asking the gateway.
 */
final class Collection {
    private static final System.Logger LOG = System.getLogger(Collection.class.getName());

    private final BillingContext ctx;
    private final Accounts accounts;
    private final Settlement settlement;
    private final Crediting crediting;
    private final BillingViews views;

    Collection(BillingContext ctx, Accounts accounts, Settlement settlement, Crediting crediting,
               BillingViews views) {
        this.ctx = ctx;
        this.accounts = accounts;
        this.settlement = settlement;
        this.crediting = crediting;
        this.views = views;
    }

    /**
     * Inside the caller's unit: settles an invoice with nothing due, or records a PROCESSING
     * attempt charging {@code paymentMethod} (the one on file when null).
     *
     * @param offSession the member is not there to authenticate (a renewal or retry by the billing run)
     */
    Collecting begin(Invoice invoice, @Nullable String paymentMethod, boolean offSession, AuditScope scope) {
        if (!invoice.status().isPayable()) {
            throw NamcException.refused(BillingRefusal.INVOICE_NOT_PAYABLE, "a " + invoice.status() + " invoice cannot be paid");
        }
        if (!invoice.total().isPositive()) {
            List<RefundIntent> credits = invoice.total().isNegative()
                    ? crediting.giveBack(invoice, scope) : List.of();
            PaymentOutcome.NothingDue settled = new PaymentOutcome.NothingDue(
                    views.invoice(settlement.paid(invoice, null, scope)), List.of());
            return credits.isEmpty() ? new Collecting.Done(settled) : new Collecting.Credit(settled, credits);
        }
        List<Payment> attempts = ctx.payments().forInvoice(invoice.id());
        if (attempts.stream().anyMatch(p -> p.status().isOpen())) {
            throw NamcException.refused(BillingRefusal.PAYMENT_CONFIRMING, "a payment of this invoice is being processed or awaits the customer");
        }
        BillingAccount account = accounts.ensure(invoice.member());
        String method = paymentMethod != null ? paymentMethod : account.paymentMethod();
        if (method == null) {
            throw NamcException.refused(BillingRefusal.PAYMENT_METHOD_MISSING, "no payment method is on file");
        }
        Payment payment = ctx.payments().save(Payment.initiate(new PaymentId(ctx.ids().newId()), invoice,
                Settlement.subscriptionOf(invoice.purpose()), attempts.size() + 1, account.gatewayCustomerId(),
                ctx.now()));
        scope.changed("payment", null, payment.id());
        return new Collecting.Charge(new ChargeIntent(payment.id(), new ChargeRequest(account.gatewayCustomerId(),
                method, invoice.total(), payment.description(), invoice.issuedNumber().toString(),
                payment.id().toString(), offSession), payment.chargeKey()));
    }

    /**
     * After the unit that began the collection committed, outside any unit: sends the charge and
     * settles the answer. When the gateway does not answer, the payment stays PROCESSING (the
     * outcome is {@code Pending}) for the reconcile step; when it refuses the request outright,
     * the attempt fails and the refusal is thrown.
     */
    PaymentOutcome finish(Actor actor, Collecting collecting) {
        if (collecting instanceof Collecting.Done done) {
            return done.outcome();
        }
        if (collecting instanceof Collecting.Credit credit) {
            return crediting.send(actor, credit);
        }
        ChargeIntent intent = ((Collecting.Charge) collecting).intent();
        ChargeOutcome answer;
        try {
            answer = ctx.gateway().charge(intent.request(), intent.key());
        } catch (NamcException refused) {
            if (refused.code() == ErrorCode.GATEWAY_UNAVAILABLE) {
                return unanswered(intent, refused);
            }
            settle(actor, intent.payment(), new ChargeOutcome.Declined("", "invalid_request", refused.getMessage()));
            throw refused;
        } catch (RuntimeException failure) {
            return unanswered(intent, failure);
        }
        return settle(actor, intent.payment(), answer);
    }

    private PaymentOutcome unanswered(ChargeIntent intent, RuntimeException failure) {
        LOG.log(Level.DEBUG, "payment {0} left processing: the gateway did not answer ({1})", intent.payment(),
                failure.getClass().getSimpleName());
        return asSettled(ctx.payment(intent.payment()), CustomerAction.NONE);
    }

    /**
     * The second unit: applies the gateway's word on an open payment; a payment already settled
     * (by a confirmation that came first, or an earlier run) is left as it is.
     */
    PaymentOutcome settle(Actor actor, PaymentId id, ChargeOutcome answer) {
        return ctx.unitOfWork().execute(actor, "payment.settle", BillingContext.PAYMENT, scope -> {
            scope.resource(id);
            Payment payment = ctx.payment(id);
            boolean stillWaiting = payment.status() == PaymentStatus.PENDING && answer instanceof ChargeOutcome.Pending;
            if (!payment.status().isOpen() || stillWaiting) {
                return asSettled(payment, answer instanceof ChargeOutcome.Pending p ? p.action() : CustomerAction.NONE);
            }
            PaymentOutcome outcome = applied(payment, answer, scope);
            if (outcome instanceof PaymentOutcome.Declined) {
                scope.refused(ErrorCode.PAYMENT_DECLINED);
            }
            return outcome;
        });
    }

    /** Applies the gateway's answer to an open payment, inside the caller's unit. */
    PaymentOutcome applied(Payment payment, ChargeOutcome answer, AuditScope scope) {
        Invoice invoice = ctx.invoice(payment.invoice());
        Payment after;
        if (answer instanceof ChargeOutcome.Captured captured) {
            after = ctx.payments().save(payment.succeeded(captured, ctx.now()));
        } else if (answer instanceof ChargeOutcome.Pending pending) {
            after = ctx.payments().save(payment.awaitingConfirmation(pending.gatewayPaymentId(), ctx.now()));
            scope.changed("status", payment.status(), after.status());
            settlement.awaiting(invoice);
            return new PaymentOutcome.Pending(views.invoice(invoice), views.payment(after), pending.action());
        } else {
            ChargeOutcome.Declined declined = (ChargeOutcome.Declined) answer;
            after = ctx.payments().save(payment.failed(declined.gatewayPaymentId().isEmpty() ? null
                    : declined.gatewayPaymentId(), declined.code(), declined.message(), ctx.now()));
        }
        scope.changed("status", payment.status(), after.status());
        return confirmed(invoice, after, scope);
    }

    /** The outcome of a payment the gateway has now confirmed one way or the other. */
    PaymentOutcome confirmed(Invoice invoice, Payment payment, AuditScope scope) {
        if (payment.status() == PaymentStatus.SUCCEEDED) {
            return new PaymentOutcome.Succeeded(views.invoice(settlement.paid(invoice, payment, scope)),
                    views.payment(payment));
        }
        settlement.failed(invoice, payment, scope);
        return new PaymentOutcome.Declined(views.invoice(ctx.invoice(invoice.id())), views.payment(payment));
    }

    /** How a payment stands, for a word from the gateway that arrives again or finds it settled. */
    PaymentOutcome asSettled(Payment payment, CustomerAction action) {
        Invoice invoice = ctx.invoice(payment.invoice());
        return switch (payment.status()) {
            case SUCCEEDED -> new PaymentOutcome.Succeeded(views.invoice(invoice), views.payment(payment));
            case FAILED -> new PaymentOutcome.Declined(views.invoice(invoice), views.payment(payment));
            case PENDING, PROCESSING -> new PaymentOutcome.Pending(views.invoice(invoice), views.payment(payment),
                    action);
        };
    }
}
