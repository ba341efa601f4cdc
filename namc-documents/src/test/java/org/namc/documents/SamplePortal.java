package org.namc.documents;

import static org.namc.testing.data.CourseBuilder.aCourse;
import static org.namc.testing.data.MemberBuilder.aMember;
import static org.namc.testing.inmemory.InMemoryPaymentGateway.VISA;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.namc.access.GrantRole;
import org.namc.billing.BillingApi;
import org.namc.billing.CreditNoteView;
import org.namc.billing.DraftInvoice;
import org.namc.billing.InvoiceDocument;
import org.namc.billing.InvoiceLine;
import org.namc.billing.InvoiceView;
import org.namc.billing.PayInvoice;
import org.namc.billing.PaymentOutcome;
import org.namc.billing.RefundPayment;
import org.namc.billing.RefundResult;
import org.namc.billing.domain.Discount;
import org.namc.learning.AttemptView;
import org.namc.learning.CertificateView;
import org.namc.learning.LearningApi;
import org.namc.learning.StartAttempt;
import org.namc.learning.SubmitAttempt;
import org.namc.learning.domain.AssessmentSettings;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Money;
import org.namc.shared.domain.PostalAddress;
import org.namc.testing.data.Classroom;
import org.namc.testing.data.CourseBuilder.PublishedCourse;
import org.namc.testing.inmemory.InMemoryPortal;

/** A portal on in-memory adapters with a member whose name has accents, and the documents it produces. */
public final class SamplePortal {
    public static final InvoiceLine WORKSHOP = new InvoiceLine("Safety workshop seat", 2, Money.of("45.00", "USD"),
            new BigDecimal("0.0725"));
    public static final InvoiceLine HARD_HAT = new InvoiceLine("Casco de seguridad (año 2026)", 1,
            Money.of("19.99", "USD"), new BigDecimal("0.0725"));

    private final InMemoryPortal fixture = InMemoryPortal.create();
    private final BillingApi billing = fixture.portal().billing();
    private final Actor finance;
    private final MemberId jose;

    public SamplePortal() {
        MemberId staff = aMember().registerVerified(fixture.portal().membership());
        fixture.portal().access().grantRole(Actor.system(), new GrantRole(staff, "FINANCE", null));
        finance = Actor.member(staff);
        jose = aMember().named("José", "Núñez-Ångström").withCompany("Núñez Construcción S.A.")
                .withAddress(PostalAddress.us("12 Peña St", "San José", "CA", "95110"))
                .registerVerified(fixture.portal().membership());
    }

    public InMemoryPortal fixture() {
        return fixture;
    }

    public Actor finance() {
        return finance;
    }

    public MemberId jose() {
        return jose;
    }

    public InvoiceView issued(String currency, List<InvoiceLine> lines, @Nullable Discount discount) {
        InvoiceView draft = billing.draftInvoice(finance, new DraftInvoice(jose, currency, lines, discount, 30));
        return billing.issueInvoice(finance, draft.id());
    }

    /** Two taxed lines, 10% off: 109.99 less 11.00 plus 7.17 tax is 106.16. */
    public InvoiceView usdInvoice() {
        return issued("USD", List.of(WORKSHOP, HARD_HAT), Discount.percent("10"));
    }

    public InvoiceDocument invoiceDocument(InvoiceView invoice) {
        return billing.invoiceDocument(Actor.member(jose), invoice.id());
    }

    /** Pays {@code invoice}, then refunds 20.00 of it a day later; returns the credit note. */
    public CreditNoteView paidAndPartlyRefunded(InvoiceView invoice) {
        PaymentOutcome outcome = billing.payInvoice(Actor.member(jose), new PayInvoice(invoice.id(), VISA));
        fixture.clock().advance(Duration.ofDays(1));
        RefundResult refund = billing.refundPayment(finance, new RefundPayment(
                ((PaymentOutcome.Succeeded) outcome).payment().id(), Money.of("20.00", "USD"), "Casco devuelto"));
        return ((RefundResult.Refunded) refund).creditNote();
    }

    public InvoiceDocument receipt(InvoiceView invoice) {
        return billing.receiptDocument(Actor.member(jose), invoice.id());
    }

    public InvoiceDocument creditNote(InvoiceView invoice, CreditNoteView note) {
        return billing.creditNoteDocument(Actor.member(jose), invoice.id(), note.id());
    }

    /** José completes a course (two lessons, a quiz passed at the second attempt) and earns its certificate. */
    public CertificateView certificate(String courseTitle) {
        Classroom classroom = new Classroom(fixture);
        LearningApi learning = fixture.portal().learning();
        PublishedCourse course = classroom.publish(aCourse().titled(courseTitle).withTextLessons(2)
                .withQuiz(AssessmentSettings.defaults()).withCertificatesValidFor(730));
        classroom.enrol(jose, course);
        classroom.openLessons(jose, course, course.lessons());
        AttemptView attempt = learning.startAttempt(Actor.member(jose), new StartAttempt(jose,
                Objects.requireNonNull(course.quiz())));
        learning.submitAttempt(Actor.member(jose), new SubmitAttempt(attempt.id(),
                classroom.answers(course.quiz(), 4)));
        return learning.certificate(Actor.member(jose), jose, course.id()).orElseThrow();
    }
}
