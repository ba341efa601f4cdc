package org.namc.reports.internal;

import org.namc.billing.CreditNoteView;
import org.namc.billing.InvoiceView;
import org.namc.billing.PaymentView;
import org.namc.membership.MemberView;

/** The columns of each export. Events' attendee rows need the registrant too: see {@link AttendeeRow}. */
final class ReportTables {
    static final Table<InvoiceView> INVOICES = new Table<InvoiceView>()
            .column("number", InvoiceView::number)
            .column("issued_at", InvoiceView::issuedAt)
            .column("due_at", InvoiceView::dueAt)
            .column("member_id", InvoiceView::member)
            .column("status", InvoiceView::status)
            .column("purpose", InvoiceView::purpose)
            .column("currency", i -> i.amounts().currency().getCurrencyCode())
            .column("subtotal", i -> i.amounts().subtotal())
            .column("discount", i -> i.amounts().discount())
            .column("tax", i -> i.amounts().tax())
            .column("total", InvoiceView::total)
            .column("credited", InvoiceView::credited)
            .column("paid_at", InvoiceView::paidAt)
            .column("invoice_id", InvoiceView::id);

    static final Table<PaymentView> PAYMENTS = new Table<PaymentView>()
            .column("payment_id", PaymentView::id)
            .column("processed_at", PaymentView::processedAt)
            .column("invoice_id", PaymentView::invoice)
            .column("member_id", PaymentView::member)
            .column("kind", PaymentView::kind)
            .column("status", PaymentView::status)
            .column("attempt", PaymentView::attempt)
            .column("currency", p -> p.amount().currency().getCurrencyCode())
            .column("amount", PaymentView::amount)
            .column("refunded", PaymentView::refunded)
            .column("failure_code", PaymentView::failureCode);

    static final Table<CreditNoteView> REFUNDS = new Table<CreditNoteView>()
            .column("credit_note", CreditNoteView::number)
            .column("issued_at", CreditNoteView::issuedAt)
            .column("invoice_id", CreditNoteView::invoice)
            .column("payment_id", CreditNoteView::payment)
            .column("currency", n -> n.amount().currency().getCurrencyCode())
            .column("amount", CreditNoteView::amount)
            .column("reason", CreditNoteView::reason);

    static final Table<MemberView> MEMBERS = new Table<MemberView>()
            .column("member_id", MemberView::id)
            .column("email", MemberView::email)
            .column("first_name", m -> m.profile().firstName())
            .column("last_name", m -> m.profile().lastName())
            .column("company", m -> m.profile().company())
            .column("member_type", m -> m.membership().type())
            .column("tier", m -> m.membership().tier())
            .column("standing", MemberView::status)
            .column("member_since", m -> m.membership().memberSince())
            .column("expires_at", m -> m.membership().expiresAt());

    static final Table<AttendeeRow> ATTENDEES = new Table<AttendeeRow>()
            .column("registration_id", a -> a.registration().id())
            .column("member_id", a -> a.registration().memberId())
            .column("first_name", a -> a.member().profile().firstName())
            .column("last_name", a -> a.member().profile().lastName())
            .column("company", a -> a.member().profile().company())
            .column("email", a -> a.member().email())
            .column("status", a -> a.registration().status())
            .column("registered_at", a -> a.registration().registeredAt())
            .column("checked_in_at", a -> a.registration().checkedInAt())
            .column("attended", a -> a.registration().attended());

    private ReportTables() {
    }
}
