package org.namc.testing.contract;

import org.namc.learning.domain.LearningRefusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.namc.testing.assertions.NamcExceptionAssert.assertThatNamcException;
import static org.namc.testing.data.CourseBuilder.aCourse;
import static org.namc.testing.data.EventBuilder.anEvent;
import static org.namc.testing.data.MemberBuilder.aMember;
import static org.namc.testing.inmemory.InMemoryPaymentGateway.DECLINED;
import static org.namc.testing.inmemory.InMemoryPaymentGateway.VISA;

import jakarta.validation.Validator;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.namc.NamcPortal;
import org.namc.NamcPortalBuilder;
import org.namc.access.GrantRole;
import org.namc.billing.BillingApi;
import org.namc.billing.PayInvoice;
import org.namc.billing.PaymentOutcome;
import org.namc.billing.PaymentView;
import org.namc.billing.PurchaseItem;
import org.namc.billing.RefundPayment;
import org.namc.billing.RefundResult;
import org.namc.billing.SetPaymentMethod;
import org.namc.billing.domain.InvoiceStatus;
import org.namc.billing.domain.ItemRef;
import org.namc.billing.domain.PaymentKind;
import org.namc.billing.domain.PaymentStatus;
import org.namc.events.EventsApi;
import org.namc.events.RegisterForEvent;
import org.namc.events.RegistrationOutcome;
import org.namc.events.domain.EventId;
import org.namc.events.RegistrationView;
import org.namc.events.domain.RegistrationStatus;
import org.namc.learning.ConfirmCoursePayment;
import org.namc.learning.Enroll;
import org.namc.learning.EnrollmentResult;
import org.namc.learning.EnrollmentView;
import org.namc.learning.LearningApi;
import org.namc.learning.domain.EnrollmentStatus;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.AuditRecord;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Money;
import org.namc.shared.domain.PageRequest;
import org.namc.testing.PortalFixture;
import org.namc.testing.data.Classroom;
import org.namc.testing.data.CourseBuilder.PublishedCourse;

/**
 * Paid courses and events bought through billing with the core's bridge (no stand-ins): the
 * payment record and the enrolment or registration change in one unit of work, a decline
 * leaves the place pending, a full refund gives it up.
 */
public abstract class PaidPlaceScenarios {
    protected PortalFixture fixture;
    protected BillingApi billing;
    protected LearningApi learning;
    protected EventsApi events;
    protected Classroom classroom;
    protected Actor staff;

    /** A fresh portal with empty stores, with billing bridged to learning and events (the default). */
    protected abstract PortalFixture newPortal(NamcPortalBuilder settings);

    @BeforeEach
    void startPortal() {
        start(NamcPortal.builder());
    }

    private void start(NamcPortalBuilder settings) {
        fixture = newPortal(settings);
        billing = fixture.portal().billing();
        learning = fixture.portal().learning();
        events = fixture.portal().events();
        classroom = new Classroom(fixture);
        MemberId staffId = aMember().registerVerified(fixture.portal().membership());
        fixture.portal().access().grantRole(Actor.system(), new GrantRole(staffId, "STAFF", null));
        staff = Actor.member(staffId);
    }

    private MemberId memberPaying(String card) {
        MemberId id = classroom.learner();
        billing.setPaymentMethod(Actor.member(id), new SetPaymentMethod(id, card));
        return id;
    }

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    private PaymentOutcome buy(MemberId member, ItemRef item) {
        return billing.purchase(Actor.member(member), new PurchaseItem(member, item, null));
    }

    private static ItemRef course(PublishedCourse course) {
        return ItemRef.course(course.id().toString());
    }

    private EnrollmentView enrolment(MemberId member, PublishedCourse course) {
        return learning.enrollment(Actor.member(member), member, course.id());
    }

    private List<PaymentView> paymentsOf(MemberId member) {
        return billing.paymentsOf(Actor.system(), member, PageRequest.first(50)).items();
    }

    private EventId paidEvent(String price, int seats) {
        return anEvent().priced(price).withCapacity(seats).startingDaysAfter(fixture.clock().instant(), 30)
                .createPublished(events, staff);
    }

    private RegistrationView registration(RegistrationView r) {
        return events.registration(staff, r.id());
    }

    @Test
    void aMemberBuysAPaidCourseThroughBillingAndIsEnrolledInTheSameUnit() {
        PublishedCourse osha = classroom.publish(aCourse().priced("149.00").withAccessDays(90));
        MemberId ana = memberPaying(VISA);

        var bought = (PaymentOutcome.Succeeded) buy(ana, course(osha));

        assertThat(bought.invoice().total()).isEqualTo(usd("149.00"));
        assertThat(bought.invoice().status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(bought.payment().kind()).isEqualTo(PaymentKind.COURSE);
        EnrollmentView enrolled = enrolment(ana, osha);
        assertThat(enrolled.status()).isEqualTo(EnrollmentStatus.ACTIVE);
        assertThat(enrolled.amountPaid()).isEqualTo(usd("149.00"));
        assertThat(fixture.auditRecords()).extracting(AuditRecord::action)
                .contains("item.purchase", "enrollment.create", "enrollment.payment.confirm");
        assertThatNamcException(() -> buy(ana, course(osha))).as("already enrolled").hasReason(LearningRefusal.ALREADY_ENROLLED);
        assertThat(paymentsOf(ana)).hasSize(1);
    }

    @Test
    void anEnrolmentAwaitingPaymentIsPaidThroughBilling() {
        PublishedCourse osha = classroom.publish(aCourse().priced("80.00"));
        MemberId ana = memberPaying(VISA);
        var awaiting = (EnrollmentResult.AwaitingPayment) learning.enroll(Actor.member(ana), new Enroll(ana,
                osha.id()));

        assertThat(buy(ana, course(osha))).isInstanceOf(PaymentOutcome.Succeeded.class);

        EnrollmentView active = enrolment(ana, osha);
        assertThat(active.id()).isEqualTo(awaiting.enrollment().id());
        assertThat(active.status()).isEqualTo(EnrollmentStatus.ACTIVE);
        assertThat(active.paymentReference()).isEqualTo(awaiting.reference());
    }

    @Test
    void whenTheLearningStepFailsThePaymentStaysProcessingAndNoEnrolmentIsCommitted() {
        start(NamcPortal.builder().validator(failingOn(ConfirmCoursePayment.class)));
        PublishedCourse osha = classroom.publish(aCourse().priced("149.00"));
        MemberId ana = memberPaying(VISA);

        assertThatThrownBy(() -> buy(ana, course(osha))).hasMessageContaining("enrolments are unavailable");

        // The attempt was committed before the gateway took the money; settling it rolled back whole,
        // so the payment stays PROCESSING (never SUCCEEDED without its enrolment) for reconcile to settle.
        assertThat(paymentsOf(ana)).extracting(PaymentView::status).containsExactly(PaymentStatus.PROCESSING);
        assertThat(billing.invoicesOf(Actor.system(), ana, PageRequest.first(10)).items())
                .extracting(i -> i.status()).containsExactly(InvoiceStatus.OPEN);
        assertThat(enrolment(ana, osha).status()).isNotEqualTo(EnrollmentStatus.ACTIVE); // held, not paid
        assertThat(fixture.auditRecords()).filteredOn(r -> r.action().equals("payment.settle")).singleElement()
                .satisfies(r -> assertThat(r.outcome()).isEqualTo(AuditRecord.Outcome.FAILURE));
    }

    @Test
    void aDeclinedCardLeavesTheEnrolmentPendingUntilTheInvoiceIsPaid() {
        PublishedCourse osha = classroom.publish(aCourse().priced("60.00"));
        MemberId ana = memberPaying(DECLINED);

        var declined = (PaymentOutcome.Declined) buy(ana, course(osha));

        assertThat(declined.payment().status()).isEqualTo(PaymentStatus.FAILED);
        assertThat(enrolment(ana, osha).status()).isEqualTo(EnrollmentStatus.PENDING_PAYMENT);
        billing.payInvoice(Actor.member(ana), new PayInvoice(declined.invoice().id(), VISA));
        assertThat(enrolment(ana, osha).status()).isEqualTo(EnrollmentStatus.ACTIVE);
    }

    @Test
    void aFullRefundGivesTheCoursePlaceUpAPartialOneKeepsIt() {
        PublishedCourse osha = classroom.publish(aCourse().priced("100.00"));
        MemberId ana = memberPaying(VISA);
        var bought = (PaymentOutcome.Succeeded) buy(ana, course(osha));

        billing.refundPayment(Actor.system(), new RefundPayment(bought.payment().id(), usd("30.00"), "late start"));
        assertThat(enrolment(ana, osha).status()).isEqualTo(EnrollmentStatus.ACTIVE);

        assertThat(billing.refundPayment(Actor.system(), new RefundPayment(bought.payment().id(), null,
                "changed plans"))).isInstanceOf(RefundResult.Refunded.class);
        assertThat(enrolment(ana, osha).status()).isEqualTo(EnrollmentStatus.CANCELLED);
    }

    @Test
    void aPaymentThroughBillingConfirmsAHeldEventSeat() {
        EventId gala = paidEvent("60.00", 10);
        MemberId maria = memberPaying(VISA);
        var held = (RegistrationOutcome.AwaitingPayment) events.register(Actor.member(maria),
                RegisterForEvent.of(gala, maria));

        var paid = (PaymentOutcome.Succeeded) buy(maria, ItemRef.event(held.registration().id().toString()));

        assertThat(paid.payment().kind()).isEqualTo(PaymentKind.EVENT);
        RegistrationView confirmed = registration(held.registration());
        assertThat(confirmed.status()).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(confirmed.paymentId()).isEqualTo(paid.payment().id().toString());
        assertThat(confirmed.amountPaid()).isEqualTo(usd("60.00"));
    }

    @Test
    void buyingAnEventSeatByTheEventRegistersAndConfirmsInOneGo() {
        EventId gala = paidEvent("45.00", 10);
        MemberId maria = memberPaying(VISA);

        assertThat(buy(maria, ItemRef.event(gala.toString()))).isInstanceOf(PaymentOutcome.Succeeded.class);

        assertThat(events.registrationsOf(Actor.member(maria), maria, PageRequest.first(5)).items()).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(RegistrationStatus.REGISTERED));
    }

    @Test
    void aDeclinedCardLeavesTheSeatHeldPendingPayment() {
        EventId gala = paidEvent("60.00", 10);
        MemberId maria = memberPaying(DECLINED);
        var held = (RegistrationOutcome.AwaitingPayment) events.register(Actor.member(maria),
                RegisterForEvent.of(gala, maria));

        assertThat(buy(maria, ItemRef.event(held.registration().id().toString())))
                .isInstanceOf(PaymentOutcome.Declined.class);

        assertThat(registration(held.registration()).status()).isEqualTo(RegistrationStatus.PENDING_PAYMENT);
        billing.setPaymentMethod(Actor.member(maria), new SetPaymentMethod(maria, VISA));
        assertThat(buy(maria, ItemRef.event(held.registration().id().toString())))
                .isInstanceOf(PaymentOutcome.Succeeded.class);
        assertThat(registration(held.registration()).status()).isEqualTo(RegistrationStatus.REGISTERED);
    }

    @Test
    void aFullRefundGivesTheEventSeatUp() {
        EventId gala = paidEvent("60.00", 1);
        MemberId maria = memberPaying(VISA);
        var paid = (PaymentOutcome.Succeeded) buy(maria, ItemRef.event(gala.toString()));
        RegistrationView seat = events.registrationsOf(Actor.member(maria), maria, PageRequest.first(5)).items().get(0);
        assertThat(events.findEvent(staff, gala).event().counts().registrations()).isEqualTo(1);

        billing.refundPayment(Actor.system(), new RefundPayment(paid.payment().id(), null, "cannot attend"));

        assertThat(registration(seat).status()).isEqualTo(RegistrationStatus.CANCELLED);
        assertThat(events.findEvent(staff, gala).event().counts().registrations()).isZero();
    }

    /** A validator that breaks on one command type: the learning step failing after the charge. */
    private static Validator failingOn(Class<?> command) {
        return (Validator) Proxy.newProxyInstance(Validator.class.getClassLoader(), new Class<?>[] {Validator.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("validate")) {
                        if (command.isInstance(args[0])) {
                            throw new IllegalStateException("enrolments are unavailable");
                        }
                        return Set.of();
                    }
                    if (method.getName().equals("toString")) {
                        return "failing validator";
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
