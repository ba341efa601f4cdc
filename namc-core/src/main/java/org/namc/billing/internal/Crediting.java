package org.namc.billing.internal;

import org.namc.billing.domain.BillingRefusal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.namc.billing.CreditNoteView;
import org.namc.billing.PaymentOutcome;
import org.namc.billing.RefundResult;
import org.namc.billing.domain.BillingPeriod;
import org.namc.billing.domain.Invoice;
import org.namc.billing.domain.InvoicePurpose;
import org.namc.billing.domain.Payment;
import org.namc.billing.domain.PaymentStatus;
import org.namc.billing.domain.Subscription;
import org.namc.shared.domain.Actor;
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

    /** Inside the unit that settles the credit invoice: records the refunds that give the credit back. */
    List<RefundIntent> giveBack(Invoice creditInvoice, AuditScope scope) {
        InvoicePurpose.TierChange change = (InvoicePurpose.TierChange) creditInvoice.purpose();
        Subscription subscription = ctx.subscription(change.subscription());
        List<Payment> candidates = new ArrayList<>(ctx.payments().forSubscription(subscription.id()).stream()
                .filter(p -> p.status() == PaymentStatus.SUCCEEDED && p.pendingRefund() == null
                        && p.refundable().isPositive())
                .filter(p -> paidFor(ctx.invoice(p.invoice()), subscription.currentPeriod()))
                .toList());
        candidates.sort(Comparator.comparing(Payment::createdAt).reversed());
        Money owed = creditInvoice.total().negate();
        List<RefundIntent> refunds = new ArrayList<>();
        String reason = "Credit for the change to " + change.toTier() + " (" + creditInvoice.issuedNumber() + ")";
        for (Payment payment : candidates) {
            if (!owed.isPositive()) {
                break;
            }
            Money part = owed.min(payment.refundable());
            refunds.add(refunding.record(payment, part, reason, false, scope));
            owed = owed.minus(part);
        }
        return refunds;
    }

    /**
     * After that unit committed: sends each refund and settles it in its own unit.
     *
     * @throws NamcException {@code ILLEGAL_STATE} when the gateway refused one (the invoice stays
     *                       settled; the refused part is refundable again, for staff to give back)
     */
    PaymentOutcome.NothingDue send(Actor actor, Collecting.Credit credit) {
        List<CreditNoteView> notes = new ArrayList<>();
        for (RefundIntent refund : credit.refunds()) {
            RefundResult result = refunding.send(actor, refund);
            if (result instanceof RefundResult.Rejected rejected) {
                throw NamcException.refused(BillingRefusal.REFUND_REJECTED, "the gateway refused to refund the credit: " + rejected.message());
            }
            notes.add(((RefundResult.Refunded) result).creditNote());
        }
        return new PaymentOutcome.NothingDue(credit.settled().invoice(), notes);
    }

    private static boolean paidFor(Invoice invoice, BillingPeriod current) {
        InvoicePurpose purpose = invoice.purpose();
        if (purpose instanceof InvoicePurpose.SubscriptionPeriod p) {
            return p.period().equals(current);
        }
        return purpose instanceof InvoicePurpose.TierChange c && c.rest().end().equals(current.end());
    }
}
