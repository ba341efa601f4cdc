package org.namc.billing.internal;

import org.namc.billing.domain.BillingRefusal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.namc.billing.CreditNoteView;
import org.namc.billing.RefundResult;
import org.namc.billing.domain.BillingPeriod;
import org.namc.billing.domain.Invoice;
import org.namc.billing.domain.InvoicePurpose;
import org.namc.billing.domain.Payment;
import org.namc.billing.domain.PaymentStatus;
import org.namc.billing.domain.Subscription;
import org.namc.shared.domain.Money;
import org.namc.shared.domain.NamcException;
import org.namc.shared.internal.AuditScope;

/**
 * Gives back the credit of a tier change whose credit exceeds its charge: refunded onto the
 * payments made for the current period, newest first. Those payments always hold enough,
 * since a change never credits more than was charged for the period.
 */
final class Crediting {
    private final BillingContext ctx;
    private final Refunding refunding;

    Crediting(BillingContext ctx, Refunding refunding) {
        this.ctx = ctx;
        this.refunding = refunding;
    }

    List<CreditNoteView> giveBack(Invoice creditInvoice, AuditScope scope) {
        InvoicePurpose.TierChange change = (InvoicePurpose.TierChange) creditInvoice.purpose();
        Subscription subscription = ctx.subscription(change.subscription());
        List<Payment> candidates = new ArrayList<>(ctx.payments().forSubscription(subscription.id()).stream()
                .filter(p -> p.status() == PaymentStatus.SUCCEEDED && p.refundable().isPositive())
                .filter(p -> paidFor(ctx.invoice(p.invoice()), subscription.currentPeriod()))
                .toList());
        candidates.sort(Comparator.comparing(Payment::createdAt).reversed());
        Money owed = creditInvoice.total().negate();
        List<CreditNoteView> notes = new ArrayList<>();
        String reason = "Credit for the change to " + change.toTier() + " (" + creditInvoice.issuedNumber() + ")";
        for (Payment payment : candidates) {
            if (!owed.isPositive()) {
                break;
            }
            Money part = owed.min(payment.refundable());
            RefundResult result = refunding.refund(payment, part, reason, scope);
            if (result instanceof RefundResult.Rejected rejected) {
                throw NamcException.refused(BillingRefusal.REFUND_REJECTED, "the gateway refused to refund the credit: " + rejected.message());
            }
            notes.add(((RefundResult.Refunded) result).creditNote());
            owed = owed.minus(part);
        }
        return notes;
    }

    private static boolean paidFor(Invoice invoice, BillingPeriod current) {
        InvoicePurpose purpose = invoice.purpose();
        if (purpose instanceof InvoicePurpose.SubscriptionPeriod p) {
            return p.period().equals(current);
        }
        return purpose instanceof InvoicePurpose.TierChange c && c.rest().end().equals(current.end());
    }
}
