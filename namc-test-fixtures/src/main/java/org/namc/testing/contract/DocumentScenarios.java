package org.namc.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.testing.assertions.NamcExceptionAssert.assertThatNamcException;
import static org.namc.testing.data.EventBuilder.anEvent;
import static org.namc.testing.data.MemberBuilder.aMember;
import static org.namc.testing.inmemory.InMemoryPaymentGateway.VISA;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.namc.access.GrantRole;
import org.namc.billing.CreditNoteView;
import org.namc.billing.DraftInvoice;
import org.namc.billing.InvoiceDocument;
import org.namc.billing.InvoiceLine;
import org.namc.billing.InvoiceView;
import org.namc.billing.PayInvoice;
import org.namc.billing.PaymentOutcome;
import org.namc.billing.PaymentView;
import org.namc.billing.RefundPayment;
import org.namc.billing.RefundResult;
import org.namc.billing.domain.CreditNoteId;
import org.namc.billing.domain.Discount;
import org.namc.billing.domain.PaymentStatus;
import org.namc.events.CheckIn;
import org.namc.events.RegisterForEvent;
import org.namc.events.domain.EventId;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.PageRequest;
import org.namc.shared.domain.PostalAddress;
import org.namc.shared.domain.ReportingPeriod;

/**
 * What printed documents and exports are built from: invoice, receipt and credit-note documents,
 * the books of a period, and the exports streamed from them, each access-checked like the
 * listing it comes from.
 */
public abstract class DocumentScenarios extends BillingScenarioSupport {
    private static final InvoiceLine WORKSHOP = new InvoiceLine("Safety workshop seat", 2, usd("45.00"),
            new BigDecimal("0.0725"));
    private static final InvoiceLine HARD_HAT = new InvoiceLine("Hard hat", 1, usd("19.99"), new BigDecimal("0.0725"));

    private Actor withRole(String role) {
        MemberId id = member();
        access.grantRole(Actor.system(), new GrantRole(id, role, null));
        return Actor.member(id);
    }

    private MemberId jose() {
        return aMember().named("José", "Núñez").withCompany("Núñez Construcción")
                .withAddress(PostalAddress.us("12 Peña St", "San José", "CA", "95110")).registerVerified(membership);
    }

    private InvoiceView issued(Actor finance, MemberId member) {
        InvoiceView draft = billing.draftInvoice(finance, new DraftInvoice(member, "USD", List.of(WORKSHOP, HARD_HAT),
                Discount.percent("10"), 30));
        return billing.issueInvoice(finance, draft.id());
    }

    private PaymentView paid(Actor payer, PayInvoice command) {
        PaymentOutcome outcome = billing.payInvoice(payer, command);
        assertThat(outcome).isInstanceOf(PaymentOutcome.Succeeded.class);
        return ((PaymentOutcome.Succeeded) outcome).payment();
    }

    @Test
    void anInvoiceDocumentHoldsItsFiguresBillingDetailsPaymentsAndCreditNotes() {
        Actor finance = withRole("FINANCE");
        MemberId jose = jose();
        InvoiceView invoice = issued(finance, jose);

        InvoiceDocument open = billing.invoiceDocument(Actor.member(jose), invoice.id());
        assertThat(open.kind()).isEqualTo(InvoiceDocument.Kind.INVOICE);
        assertThat(open.invoice()).isEqualTo(invoice);
        assertThat(open.billedTo().name()).isEqualTo("José Núñez");
        assertThat(open.billedTo().company()).isEqualTo("Núñez Construcción");
        assertThat(open.billedTo().address()).isEqualTo(PostalAddress.us("12 Peña St", "San José", "CA", "95110"));
        assertThat(open.payments()).isEmpty();
        assertThatNamcException(() -> billing.receiptDocument(Actor.member(jose), invoice.id()))
                .hasCode(ErrorCode.ILLEGAL_STATE);

        PaymentView paid = paid(Actor.member(jose), new PayInvoice(invoice.id(), VISA));
        clock.advance(Duration.ofDays(2));
        RefundResult refund = billing.refundPayment(finance, new RefundPayment(paid.id(), usd("20.00"),
                "Hard hat returned"));
        CreditNoteView note = ((RefundResult.Refunded) refund).creditNote();

        InvoiceDocument receipt = billing.receiptDocument(Actor.member(jose), invoice.id());
        assertThat(receipt.kind()).isEqualTo(InvoiceDocument.Kind.RECEIPT);
        assertThat(receipt.payments()).singleElement().satisfies(p -> {
            assertThat(p.status()).isEqualTo(PaymentStatus.SUCCEEDED);
            assertThat(p.amount()).isEqualTo(invoice.total());
            assertThat(p.refunded()).isEqualTo(usd("20.00"));
        });
        assertThat(receipt.invoice().creditNotes()).containsExactly(note);
        InvoiceDocument credit = billing.creditNoteDocument(finance, invoice.id(), note.id());
        assertThat(credit.kind()).isEqualTo(InvoiceDocument.Kind.CREDIT_NOTE);
        assertThat(credit.creditNote()).isEqualTo(note);
    }

    @Test
    void documentsAreForTheInvoicesHolderAndBillingStaffAndOnlyOnceIssued() {
        Actor finance = withRole("FINANCE");
        MemberId jose = jose();
        MemberId other = member();
        InvoiceView draft = billing.draftInvoice(finance, new DraftInvoice(jose, "USD", List.of(HARD_HAT), null, 30));

        assertThatNamcException(() -> billing.invoiceDocument(finance, draft.id())).hasCode(ErrorCode.ILLEGAL_STATE);
        billing.issueInvoice(finance, draft.id());
        assertThatNamcException(() -> billing.invoiceDocument(Actor.member(other), draft.id()))
                .hasCode(ErrorCode.FORBIDDEN);
        assertThatNamcException(() -> billing.creditNoteDocument(Actor.member(jose), draft.id(),
                new CreditNoteId(UUID.randomUUID()))).hasCode(ErrorCode.NOT_FOUND);
        assertThat(billing.invoiceDocument(withRole("STAFF"), draft.id()).billedTo().member()).isEqualTo(jose);
    }

    @Test
    void theBooksOfAPeriodListWhatHappenedWithinItForFinanceOnly() {
        Actor finance = withRole("FINANCE");
        MemberId jose = jose();
        Instant start = clock.instant();
        InvoiceView first = issued(finance, jose);
        PaymentView paid = paid(Actor.member(jose), new PayInvoice(first.id(), VISA));
        clock.advance(Duration.ofHours(1));
        InvoiceView second = issued(finance, jose);
        billing.refundPayment(finance, new RefundPayment(paid.id(), usd("5.00"), "goodwill"));
        clock.advance(Duration.ofHours(1));
        issued(finance, jose);
        ReportingPeriod period = new ReportingPeriod(start, start.plus(Duration.ofHours(2)));

        assertThat(billing.invoicesIssued(finance, period, PageRequest.first(10)).items()).extracting(InvoiceView::id)
                .containsExactly(first.id(), second.id());
        assertThat(billing.paymentsProcessed(finance, period, PageRequest.first(10)).items()).hasSize(1);
        assertThat(billing.creditNotesIssued(finance, period, PageRequest.first(10)).items())
                .extracting(CreditNoteView::reason).containsExactly("goodwill");
        Actor staff = withRole("STAFF");
        assertThat(billing.invoicesIssued(staff, period, PageRequest.first(10)).totalItems()).isEqualTo(2);
        assertThatNamcException(() -> billing.paymentsProcessed(staff, period, PageRequest.first(10)))
                .hasCode(ErrorCode.FORBIDDEN);
        assertThatNamcException(() -> billing.creditNotesIssued(staff, period, PageRequest.first(10)))
                .hasCode(ErrorCode.FORBIDDEN);
        assertThatNamcException(() -> billing.invoicesIssued(Actor.member(jose), period, PageRequest.first(10)))
                .hasCode(ErrorCode.FORBIDDEN);
    }

    @Test
    void financeExportsTheInvoicesPaymentsAndRefundsOfAPeriod() {
        Actor finance = withRole("FINANCE");
        MemberId jose = jose();
        Instant start = clock.instant();
        InvoiceView invoice = issued(finance, jose);
        PaymentView paid = paid(Actor.member(jose), new PayInvoice(invoice.id(), VISA));
        billing.refundPayment(finance, new RefundPayment(paid.id(), usd("5.00"), "=HYPERLINK(\"x\")"));
        ReportingPeriod period = new ReportingPeriod(start, start.plus(Duration.ofDays(1)));

        RecordedTable invoices = new RecordedTable();
        assertThat(portal.reports().exportInvoices(finance, period, invoices)).isEqualTo(1);
        assertThat(invoices.column("number")).containsExactly(invoice.number());
        assertThat(invoices.column("total")).containsExactly("106.16");
        assertThat(invoices.column("discount")).containsExactly("11.00");
        assertThat(invoices.column("credited")).containsExactly("5.00");
        assertThat(invoices.column("currency")).containsExactly("USD");
        RecordedTable payments = new RecordedTable();
        assertThat(portal.reports().exportPayments(finance, period, payments)).isEqualTo(1);
        assertThat(payments.column("status")).containsExactly("SUCCEEDED");
        assertThat(payments.column("refunded")).containsExactly("5.00");
        RecordedTable refunds = new RecordedTable();
        portal.reports().exportRefunds(finance, period, refunds);
        assertThat(refunds.column("reason")).as("the sink, not the export, neutralises formulas")
                .containsExactly("=HYPERLINK(\"x\")");

        RecordedTable refused = new RecordedTable();
        assertThatNamcException(() -> portal.reports().exportPayments(withRole("STAFF"), period, refused))
                .hasCode(ErrorCode.FORBIDDEN);
        assertThat(refused.isUntouched()).isTrue();
    }

    @Test
    void staffExportMembersWithTierAndStandingAndEventAttendeesWithCheckIn() {
        Actor staff = withRole("STAFF");
        MemberId jose = jose();
        subscribed(memberPaying(VISA), "GOLD");

        RecordedTable members = new RecordedTable();
        long written = portal.reports().exportMembers(staff, members);
        assertThat(written).isEqualTo(members.rows().size()).isGreaterThanOrEqualTo(3);
        assertThat(members.column("tier")).contains("GOLD");
        assertThat(members.column("standing")).contains("ACTIVE");
        assertThat(members.column("last_name")).contains("Núñez");
        RecordedTable refused = new RecordedTable();
        assertThatNamcException(() -> portal.reports().exportMembers(Actor.member(jose), refused))
                .hasCode(ErrorCode.FORBIDDEN);
        assertThat(refused.isUntouched()).isTrue();

        EventId event = anEvent().withCapacity(10).startingDaysAfter(clock.instant(), 3)
                .createPublished(portal.events(), staff);
        MemberId other = member();
        portal.events().register(Actor.member(jose), RegisterForEvent.of(event, jose));
        portal.events().register(Actor.member(other), RegisterForEvent.of(event, other));
        clock.set(portal.events().findEvent(staff, event).event().schedule().start());
        portal.events().checkIn(staff, new CheckIn(event, jose));

        RecordedTable attendees = new RecordedTable();
        assertThat(portal.reports().exportAttendees(staff, event, attendees)).isEqualTo(2);
        assertThat(attendees.column("last_name").get(0)).isEqualTo("Núñez");
        assertThat(attendees.column("checked_in_at")).containsExactly(clock.instant().toString(), "");
        assertThatNamcException(() -> portal.reports().exportAttendees(Actor.member(other), event,
                new RecordedTable())).hasCode(ErrorCode.FORBIDDEN);
    }
}
