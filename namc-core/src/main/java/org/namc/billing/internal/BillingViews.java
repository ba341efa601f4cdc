package org.namc.billing.internal;

import java.time.ZoneId;
import java.util.List;
import org.namc.access.domain.PermissionRule;
import org.namc.billing.BillingAccountView;
import org.namc.billing.CreditNoteView;
import org.namc.billing.InvoiceView;
import org.namc.billing.PaymentView;
import org.namc.billing.SubscriptionView;
import org.namc.billing.TierView;
import org.namc.billing.domain.BillingAccount;
import org.namc.billing.domain.CreditNote;
import org.namc.billing.domain.Invoice;
import org.namc.billing.domain.InvoiceNumber;
import org.namc.billing.domain.InvoicePurpose;
import org.namc.billing.domain.MembershipTier;
import org.namc.billing.domain.Payment;
import org.namc.billing.domain.PaymentDue;
import org.namc.billing.domain.Subscription;
import org.namc.billing.domain.TierTerms;
import org.namc.billing.spi.CreditNotes;
import org.namc.shared.domain.Money;

/** Turns billing's aggregates into the views the API returns. */
final class BillingViews {
    private final CreditNotes creditNotes;
    private final ZoneId zone;

    BillingViews(CreditNotes creditNotes, ZoneId zone) {
        this.creditNotes = creditNotes;
        this.zone = zone;
    }

    TierView tier(MembershipTier tier) {
        TierTerms t = tier.terms();
        Money setupFee = t.setupFee();
        return new TierView(tier.code(), t.displayName(), t.description(), t.monthlyPrice(), t.yearlyPrice(),
                setupFee, t.benefits(), t.features(), t.limits(),
                t.permissions().stream().map(PermissionRule::toString).sorted().toList(), t.priorityLevel(),
                tier.isActive(), t.popular(), t.sortOrder());
    }

    BillingAccountView account(BillingAccount account) {
        return new BillingAccountView(account.member(), account.paymentMethod() != null,
                account.paymentMethodHint());
    }

    SubscriptionView subscription(Subscription s) {
        PaymentDue due = s.paymentDue();
        return new SubscriptionView(s.id(), s.member(), s.tier(), s.interval(), s.status(), s.unitAmount(),
                s.currentPeriod().start(), s.currentPeriod().end(), s.cycle().anchor(),
                s.trial() == null ? null : s.trial().end(), s.cancelAtPeriodEnd(), s.canceledAt(), s.endedAt(),
                s.scheduledTier(), due == null ? null : due.invoice(), due == null ? 0 : due.failedAttempts(),
                s.nextActionAt());
    }

    InvoiceView invoice(Invoice invoice) {
        InvoiceNumber number = invoice.number();
        List<CreditNoteView> notes = creditNotes.forInvoice(invoice.id()).stream().map(this::creditNote).toList();
        return new InvoiceView(invoice.id(), number == null ? null : number.toString(), invoice.member(),
                invoice.status(), purpose(invoice.purpose()), invoice.amounts(), invoice.discount(),
                invoice.issuedAt(), invoice.dueAt(), invoice.paidAt(), invoice.paidBy(), notes);
    }

    PaymentView payment(Payment p) {
        return new PaymentView(p.id(), p.member(), p.invoice(), p.kind(), p.amount(), p.status(), p.attempt(),
                p.failureCode(), p.failureMessage(), p.refunded(), p.refundable(), p.createdAt(), p.processedAt());
    }

    CreditNoteView creditNote(CreditNote note) {
        return new CreditNoteView(note.id(), note.number().toString(), note.invoice(), note.payment(), note.amount(),
                note.reason(), note.issuedAt());
    }

    private String purpose(InvoicePurpose purpose) {
        if (purpose instanceof InvoicePurpose.SubscriptionPeriod p) {
            return "subscription " + p.subscription() + ": " + p.tier() + ", " + p.period().describe(zone);
        }
        if (purpose instanceof InvoicePurpose.TierChange c) {
            return "subscription " + c.subscription() + ": " + c.fromTier() + " to " + c.toTier() + ", "
                    + c.rest().describe(zone);
        }
        if (purpose instanceof InvoicePurpose.Purchase p) {
            return p.item().toString();
        }
        return "invoice";
    }
}
