package org.namc.billing.internal;

import org.namc.billing.domain.BillingRefusal;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.namc.billing.domain.ItemKind;
import org.namc.billing.domain.ItemRef;
import org.namc.billing.domain.PaymentId;
import org.namc.billing.domain.PurchasableItem;
import org.namc.billing.spi.Purchasables;
import org.namc.events.CancelRegistration;
import org.namc.events.ConfirmPayment;
import org.namc.events.EventsApi;
import org.namc.events.RegisterForEvent;
import org.namc.events.RegistrationOutcome;
import org.namc.events.domain.Event;
import org.namc.events.domain.EventId;
import org.namc.events.domain.EventStatus;
import org.namc.events.domain.Registration;
import org.namc.events.domain.RegistrationId;
import org.namc.events.domain.RegistrationStatus;
import org.namc.events.spi.EventRegistrations;
import org.namc.events.spi.Events;
import org.namc.learning.ConfirmCoursePayment;
import org.namc.learning.Enroll;
import org.namc.learning.EnrollmentResult;
import org.namc.learning.LearningApi;
import org.namc.learning.domain.Course;
import org.namc.learning.domain.CourseId;
import org.namc.learning.domain.Enrollment;
import org.namc.learning.domain.EnrollmentStatus;
import org.namc.learning.domain.PaymentReference;
import org.namc.learning.spi.Courses;
import org.namc.learning.spi.Enrollments;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.Ids;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Money;
import org.namc.shared.domain.NamcException;

/**
 * Billing's {@link Purchasables} on top of the learning and events contexts: the portal's own
 * courses and event seats on sale. Every step runs through the contexts' APIs inside billing's
 * unit of work (a nested unit joins the running transaction), so the enrolment or registration
 * changes with the payment record or not at all.
 *
 * <p>Who acts: holding the place ({@link #reserve}) runs as the buyer, so learning and events
 * apply their own rules to the member who gets it (good standing, published, open, capacity);
 * billing has already checked that the caller may buy for that member. Reporting the settled
 * payment or a refund runs as {@link Actor#system()}: confirming a payment ({@code payment:confirm})
 * and giving a place up on a refund are billing's word, which no member may give for themselves.
 *
 * <p>A course is sold by its course id. An event seat is sold by the registration id (what
 * {@code register} returned as awaiting payment) or by the event id, which registers the buyer
 * when they hold no seat yet. Invoices carry no tax for either (the price is what the context
 * quotes and checks).
 */
public final class CoursesAndEvents implements Purchasables {
    private final LearningApi learning;
    private final Courses courses;
    private final Enrollments enrollments;
    private final EventsApi eventsApi;
    private final Events events;
    private final EventRegistrations registrations;
    private final Clock clock;

    public CoursesAndEvents(LearningApi learning, Courses courses, Enrollments enrollments, EventsApi eventsApi,
                            Events events, EventRegistrations registrations, Clock clock) {
        this.learning = learning;
        this.courses = courses;
        this.enrollments = enrollments;
        this.eventsApi = eventsApi;
        this.events = events;
        this.registrations = registrations;
        this.clock = clock;
    }

    @Override
    public Optional<PurchasableItem> find(ItemRef item) {
        UUID id = uuid(item);
        if (id == null) {
            return Optional.empty();
        }
        if (item.kind() == ItemKind.COURSE) {
            return courses.findById(new CourseId(id)).filter(Course::isPublished)
                    .map(c -> onSale(item, c.details().title(), c.details().price()));
        }
        Optional<Registration> registration = registrations.findById(new RegistrationId(id));
        if (registration.isPresent()) {
            Registration r = registration.get();
            return r.status() == RegistrationStatus.PENDING_PAYMENT && r.amountDue() != null
                    ? events.findById(r.eventId()).map(e -> onSale(item, e.details().title(), r.amountDue()))
                    : Optional.empty();
        }
        return events.findById(new EventId(id)).filter(e -> e.status() == EventStatus.PUBLISHED)
                .map(e -> onSale(item, e.details().title(), e.pricing().priceAt(clock.instant())));
    }

    @Override
    public Optional<PurchasableItem> reserve(ItemRef item, MemberId buyer) {
        UUID id = uuid(item);
        if (id == null) {
            return Optional.empty();
        }
        return item.kind() == ItemKind.COURSE ? reserveCourse(item, new CourseId(id), buyer)
                : reserveSeat(item, id, buyer);
    }

    @Override
    public void paid(ItemRef item, MemberId buyer, @Nullable PaymentId payment, Money amount) {
        if (item.kind() == ItemKind.COURSE) {
            Enrollment enrollment = enrollments.find(buyer, courseId(item)).orElseThrow(() -> noPlace(item, buyer));
            if (enrollment.storedStatus() != EnrollmentStatus.PENDING_PAYMENT) {
                return; // a free course, active since it was reserved, or a repeated confirmation
            }
            PaymentReference reference = enrollment.paymentReference();
            if (reference == null || payment == null) {
                throw NamcException.refused(BillingRefusal.PLACE_AWAITS_PAYMENT, "enrolment " + enrollment.id() + " awaits a payment");
            }
            learning.confirmCoursePayment(Actor.system(), new ConfirmCoursePayment(enrollment.id(), reference, amount));
            return;
        }
        Registration registration = seat(item, buyer).orElseThrow(() -> noPlace(item, buyer));
        if (registration.status() != RegistrationStatus.PENDING_PAYMENT) {
            return; // a free seat, or a payment already confirmed
        }
        if (payment == null) {
            throw NamcException.refused(BillingRefusal.PLACE_AWAITS_PAYMENT, "registration " + registration.id() + " awaits a payment");
        }
        eventsApi.confirmPayment(Actor.system(), new ConfirmPayment(registration.id(), payment.toString()));
    }

    @Override
    public void refunded(ItemRef item, MemberId buyer, PaymentId payment, Money amount, boolean fully) {
        if (!fully) {
            return; // money back, the place is kept
        }
        if (item.kind() == ItemKind.COURSE) {
            enrollments.find(buyer, courseId(item))
                    .filter(e -> e.storedStatus() == EnrollmentStatus.ACTIVE
                            || e.storedStatus() == EnrollmentStatus.PENDING_PAYMENT)
                    .ifPresent(e -> learning.withdraw(Actor.system(), e.id()));
            return;
        }
        seat(item, buyer).filter(r -> r.status().isActive() && payment.toString().equals(r.paymentId()))
                .ifPresent(r -> eventsApi.cancelRegistration(Actor.system(),
                        new CancelRegistration(r.id(), "payment " + payment + " refunded")));
    }

    private Optional<PurchasableItem> reserveCourse(ItemRef item, CourseId courseId, MemberId buyer) {
        Course course = courses.findById(courseId).orElse(null);
        if (course == null) {
            return Optional.empty();
        }
        Enrollment pending = enrollments.find(buyer, courseId)
                .filter(e -> e.storedStatus() == EnrollmentStatus.PENDING_PAYMENT && e.paymentReference() != null)
                .orElse(null);
        if (pending == null) {
            EnrollmentResult result = learning.enroll(Actor.member(buyer), new Enroll(buyer, courseId));
            if (result instanceof EnrollmentResult.Enrolled enrolled) {
                return Optional.of(onSale(item, course.details().title(), Money.zero(course.details().price()
                        .currency())));
            }
            pending = enrollments.find(buyer, courseId).orElseThrow(() -> noPlace(item, buyer));
        }
        return Optional.of(onSale(item, course.details().title(), pending.price()));
    }

    private Optional<PurchasableItem> reserveSeat(ItemRef item, UUID id, MemberId buyer) {
        Registration held = registrations.findById(new RegistrationId(id)).orElse(null);
        EventId eventId;
        if (held != null) {
            if (!held.memberId().equals(buyer)) {
                throw NamcException.refused(BillingRefusal.PLACE_OF_ANOTHER_MEMBER, "registration " + held.id() + " is not " + buyer + "'s");
            }
            eventId = held.eventId();
        } else {
            eventId = new EventId(id);
            if (events.findById(eventId).isEmpty()) {
                return Optional.empty();
            }
            held = registrations.find(eventId, buyer).filter(r -> r.status().isActive()).orElse(null);
            if (held == null) {
                RegistrationOutcome outcome = eventsApi.register(Actor.member(buyer), RegisterForEvent.of(eventId,
                        buyer));
                held = registrations.findById(outcome.registration().id()).orElseThrow(() -> noPlace(item, buyer));
            }
        }
        Event event = events.findById(eventId).orElseThrow(() -> noPlace(item, buyer));
        if (held.status() == RegistrationStatus.REGISTERED && held.paymentId() == null && event.isFree()) {
            return Optional.of(onSale(item, event.details().title(),
                    Money.zero(event.pricing().price().currency()))); // a free seat: nothing to pay
        }
        if (held.status() != RegistrationStatus.PENDING_PAYMENT || held.amountDue() == null) {
            throw NamcException.refused(BillingRefusal.PLACE_NOT_AWAITING_PAYMENT, "registration " + held.id() + " is " + held.status()
                    + ", not awaiting payment");
        }
        if (held.isHoldExpiredAt(clock.instant())) {
            throw NamcException.refused(BillingRefusal.PLACE_HOLD_EXPIRED, "the seat was held until " + held.holdExpiresAt()
                    + " and is no longer reserved");
        }
        return Optional.of(onSale(item, event.details().title(), held.amountDue()));
    }

    /** The buyer's registration the item names: the registration itself, or theirs for the event. */
    private Optional<Registration> seat(ItemRef item, MemberId buyer) {
        UUID id = uuid(item);
        if (id == null) {
            return Optional.empty();
        }
        Optional<Registration> byId = registrations.findById(new RegistrationId(id));
        if (byId.isPresent()) {
            return byId.filter(r -> r.memberId().equals(buyer));
        }
        return registrations.find(new EventId(id), buyer);
    }

    private static CourseId courseId(ItemRef item) {
        return CourseId.of(item.id());
    }

    private static PurchasableItem onSale(ItemRef item, String title, Money price) {
        String kind = item.kind() == ItemKind.COURSE ? "Course: " : "Event: ";
        String description = (kind + title).length() > 500 ? (kind + title).substring(0, 500) : kind + title;
        return new PurchasableItem(item, description, price, BigDecimal.ZERO);
    }

    private static @Nullable UUID uuid(ItemRef item) {
        try {
            return Ids.parse(item.id());
        } catch (NamcException notAnId) {
            return null;
        }
    }

    private static NamcException noPlace(ItemRef item, MemberId buyer) {
        return NamcException.refused(BillingRefusal.PLACE_NOT_HELD, buyer + " holds no place in " + item);
    }
}
