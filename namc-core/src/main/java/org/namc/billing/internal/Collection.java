package org.namc.billing.internal;

import org.namc.billing.domain.BillingRefusal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.namc.billing.CreditNoteView;
import org.namc.billing.PaymentOutcome;
import org.namc.billing.domain.BillingAccount;
import org.namc.billing.domain.ChargeOutcome;
import org.namc.billing.domain.ChargeRequest;
import org.namc.billing.domain.IdempotencyKey;
import org.namc.billing.domain.Invoice;
import org.namc.billing.domain.Payment;
import org.namc.billing.domain.PaymentId;
import org.namc.billing.domain.PaymentStatus;
import org.namc.shared.domain.NamcException;
import org.namc.shared.internal.AuditScope;

/**
 * Collects an open invoice: records a payment attempt, charges it through the gateway, and
 * applies the answer. The charge's idempotency key is the invoice and attempt number, so a
 * unit re-run after a crash gets the gateway's first answer instead of charging again.
 */
final class Collection {
    private final BillingContext ctx;
    private final Accounts accounts;
    private final Settlement settlement;
    private final Crediting crediting;
    private final BillingViews views;

    Collection(BillingContext ctx, Accounts accounts, Settlement settlement, Crediting crediting, BillingViews views) {
        this.ctx = ctx;
        this.accounts = accounts;
        this.settlement = settlement;
        this.crediting = crediting;
        this.views = views;
    }

    /** Charges {@code paymentMethod}, or the one on file when null. */
    PaymentOutcome collect(Invoice invoice, @Nullable String paymentMethod, AuditScope scope) {
        if (!invoice.status().isPayable()) {
            throw NamcException.refused(BillingRefusal.INVOICE_NOT_PAYABLE, "a " + invoice.status() + " invoice cannot be paid");
        }
        if (!invoice.total().isPositive()) {
            List<CreditNoteView> credits = invoice.total().isNegative()
                    ? crediting.giveBack(invoice, scope) : List.of();
            return new PaymentOutcome.NothingDue(views.invoice(settlement.paid(invoice, null, scope)), credits);
        }
        List<Payment> attempts = ctx.payments().forInvoice(invoice.id());
        if (attempts.stream().anyMatch(p -> p.status() == PaymentStatus.PENDING)) {
            throw NamcException.refused(BillingRefusal.PAYMENT_CONFIRMING, "a payment of this invoice awaits the gateway's confirmation");
        }
        BillingAccount account = accounts.ensure(invoice.member());
        String method = paymentMethod != null ? paymentMethod : account.paymentMethod();
        if (method == null) {
            throw NamcException.refused(BillingRefusal.PAYMENT_METHOD_MISSING, "no payment method is on file");
        }
        Payment payment = Payment.initiate(new PaymentId(ctx.ids().newId()), invoice,
                Settlement.subscriptionOf(invoice.purpose()), attempts.size() + 1, ctx.now());
        ChargeOutcome answer = ctx.gateway().charge(new ChargeRequest(account.gatewayCustomerId(), method,
                        invoice.total(), payment.description(), invoice.issuedNumber().toString()),
                IdempotencyKey.of("charge", invoice.id(), payment.attempt()));
        scope.changed("payment", null, payment.id());
        if (answer instanceof ChargeOutcome.Captured) {
            Payment paid = ctx.payments().save(payment.succeeded(answer.gatewayPaymentId(), ctx.now()));
            return new PaymentOutcome.Succeeded(views.invoice(settlement.paid(invoice, paid, scope)),
                    views.payment(paid));
        }
        if (answer instanceof ChargeOutcome.Pending) {
            Payment pending = ctx.payments().save(payment.awaitingConfirmation(answer.gatewayPaymentId(), ctx.now()));
            settlement.awaiting(invoice);
            return new PaymentOutcome.Pending(views.invoice(invoice), views.payment(pending));
        }
        ChargeOutcome.Declined declined = (ChargeOutcome.Declined) answer;
        Payment failed = ctx.payments().save(payment.failed(declined.gatewayPaymentId(), declined.code(),
                declined.message(), ctx.now()));
        settlement.failed(invoice, failed, scope);
        return declined(invoice, failed);
    }

    /** The outcome of a payment the gateway has now confirmed one way or the other. */
    PaymentOutcome confirmed(Invoice invoice, Payment payment, AuditScope scope) {
        if (payment.status() == PaymentStatus.SUCCEEDED) {
            return new PaymentOutcome.Succeeded(views.invoice(settlement.paid(invoice, payment, scope)),
                    views.payment(payment));
        }
        settlement.failed(invoice, payment, scope);
        return declined(invoice, payment);
    }

    /** How a payment already settled stands, for a confirmation that arrives again. */
    PaymentOutcome asSettled(Payment payment) {
        Invoice invoice = ctx.invoice(payment.invoice());
        return switch (payment.status()) {
            case SUCCEEDED -> new PaymentOutcome.Succeeded(views.invoice(invoice), views.payment(payment));
            case FAILED -> new PaymentOutcome.Declined(views.invoice(invoice), views.payment(payment));
            case PENDING -> new PaymentOutcome.Pending(views.invoice(invoice), views.payment(payment));
        };
    }

    private PaymentOutcome declined(Invoice invoice, Payment payment) {
        return new PaymentOutcome.Declined(views.invoice(ctx.invoice(invoice.id())), views.payment(payment));
    }
}
