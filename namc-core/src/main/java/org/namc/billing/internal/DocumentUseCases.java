package org.namc.billing.internal;

import org.namc.billing.domain.BillingRefusal;
import org.jspecify.annotations.Nullable;
import org.namc.billing.BilledTo;
import org.namc.billing.CreditNoteView;
import org.namc.billing.InvoiceDocument;
import org.namc.billing.InvoiceView;
import org.namc.billing.domain.CreditNoteId;
import org.namc.billing.domain.Invoice;
import org.namc.billing.domain.InvoiceId;
import org.namc.membership.domain.Member;
import org.namc.membership.domain.Profile;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.NamcException;
import org.namc.shared.domain.Violations;

/**
 * What printed invoices, receipts and credit notes show. Reading one takes {@code invoice:read}
 * on the invoice, as reading the invoice does: its payment attempts and credit notes are part of
 * what the invoice's holder and finance see of it.
 */
final class DocumentUseCases {
    private final BillingContext ctx;
    private final BillingViews views;

    DocumentUseCases(BillingContext ctx, BillingViews views) {
        this.ctx = ctx;
        this.views = views;
    }

    InvoiceDocument invoice(Actor actor, InvoiceId id) {
        Invoice invoice = readable(actor, id);
        return document(InvoiceDocument.Kind.INVOICE, invoice, views.invoice(invoice), null);
    }

    InvoiceDocument receipt(Actor actor, InvoiceId id) {
        Invoice invoice = readable(actor, id);
        if (invoice.paidAt() == null) {
            throw NamcException.refused(BillingRefusal.INVOICE_NOT_PAID, "invoice " + id + " is not paid: only a paid invoice has a receipt");
        }
        return document(InvoiceDocument.Kind.RECEIPT, invoice, views.invoice(invoice), null);
    }

    InvoiceDocument creditNote(Actor actor, InvoiceId id, CreditNoteId note) {
        Violations.collect().required(note, "creditNote").throwIfAny();
        Invoice invoice = readable(actor, id);
        InvoiceView view = views.invoice(invoice);
        CreditNoteView found = view.creditNotes().stream().filter(n -> n.id().equals(note)).findFirst()
                .orElseThrow(() -> NamcException.notFound("credit note", note));
        return document(InvoiceDocument.Kind.CREDIT_NOTE, invoice, view, found);
    }

    /** A draft (or a draft voided before it was issued) has no number: it has no document. */
    private Invoice readable(Actor actor, InvoiceId id) {
        Violations.collect().required(id, "id").throwIfAny();
        Invoice invoice = ctx.invoice(id);
        ctx.requireOwned(actor, BillingContext.INVOICE, "read", id, invoice.member());
        if (invoice.number() == null) {
            throw NamcException.refused(BillingRefusal.INVOICE_NOT_ISSUED, "invoice " + id + " was never issued: it has a document once issued");
        }
        return invoice;
    }

    private InvoiceDocument document(InvoiceDocument.Kind kind, Invoice invoice, InvoiceView view,
                                     @Nullable CreditNoteView note) {
        Member member = ctx.member(invoice.member());
        Profile profile = member.profile();
        BilledTo billedTo = new BilledTo(member.id(), profile.firstName() + " " + profile.lastName(),
                profile.company(), member.email(), profile.address());
        return new InvoiceDocument(kind, view, billedTo,
                ctx.payments().forInvoice(invoice.id()).stream().map(views::payment).toList(), note);
    }
}
