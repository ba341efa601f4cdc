package org.namc.billing.internal;

import org.namc.billing.CreditNoteView;
import org.namc.billing.InvoiceView;
import org.namc.billing.PaymentView;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;
import org.namc.shared.domain.ReportingPeriod;
import org.namc.shared.domain.Violations;

/**
 * The books of a period, for finance: every invoice issued, payment processed and credit note
 * issued in it, oldest first, a page at a time. Each listing takes {@code read} on all of its
 * kind ({@code invoice}, {@code payment}, {@code refund}): a member's own permissions never reach
 * other members' records.
 */
final class LedgerUseCases {
    private final BillingContext ctx;
    private final BillingViews views;

    LedgerUseCases(BillingContext ctx, BillingViews views) {
        this.ctx = ctx;
        this.views = views;
    }

    Page<InvoiceView> invoicesIssued(Actor actor, ReportingPeriod period, PageRequest page) {
        checked(actor, BillingContext.INVOICE, period, page);
        return ctx.invoices().issuedWithin(period, page).map(views::invoice);
    }

    Page<PaymentView> paymentsProcessed(Actor actor, ReportingPeriod period, PageRequest page) {
        checked(actor, BillingContext.PAYMENT, period, page);
        return ctx.payments().processedWithin(period, page).map(views::payment);
    }

    Page<CreditNoteView> creditNotesIssued(Actor actor, ReportingPeriod period, PageRequest page) {
        checked(actor, "refund", period, page);
        return ctx.creditNotes().issuedWithin(period, page).map(views::creditNote);
    }

    private void checked(Actor actor, String resource, ReportingPeriod period, PageRequest page) {
        Violations.collect().required(period, "period").required(page, "page").throwIfAny();
        ctx.requireOnAll(actor, resource, "read");
    }
}
