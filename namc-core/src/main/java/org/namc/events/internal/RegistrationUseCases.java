package org.namc.events.internal;

import org.namc.events.RegistrationView;
import org.namc.shared.domain.ViolationRule;
import org.namc.events.domain.EventsRefusal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.namc.events.Cancellation;
import org.namc.events.CancelRegistration;
import org.namc.events.CheckIn;
import org.namc.events.CheckInResult;
import org.namc.events.ConfirmPayment;
import org.namc.events.DecideRegistration;
import org.namc.events.Promotion;
import org.namc.events.RegisterForEvent;
import org.namc.events.RegistrationOutcome;
import org.namc.events.domain.Event;
import org.namc.events.domain.EventId;
import org.namc.events.domain.EventStatus;
import org.namc.events.domain.PaymentReceipt;
import org.namc.events.domain.Registration;
import org.namc.events.domain.RegistrationId;
import org.namc.events.domain.RegistrationStatus;
import org.namc.events.domain.Seat;
import org.namc.shared.authorization.Permission;
import org.namc.shared.authorization.ResourceRef;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.NamcException;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;
import org.namc.shared.domain.Violations;
import org.namc.shared.internal.AuditScope;

/** Registering, approving, paying, cancelling, promoting from the waiting list, and checking in. */
final class RegistrationUseCases {
    private final EventsContext ctx;
    private final RegistrationDesk desk;

    RegistrationUseCases(EventsContext ctx, RegistrationDesk desk) {
        this.ctx = ctx;
        this.desk = desk;
    }

    RegistrationOutcome register(Actor actor, RegisterForEvent c) {
        Violations.collect().required(c, "command").throwIfAny();
        ctx.validation().validate(c, Violations.collect().required(c.eventId(), "eventId")
                .required(c.memberId(), "memberId").required(c.attendee(), "attendee"));
        return inUnit(actor, "event.registration.create", c.eventId(), scope -> {
            Instant now = ctx.now();
            Event event = ctx.load(c.eventId());
            requireSelfOrManager(actor, "register", event.id(), c.memberId());
            if (event.status() != EventStatus.PUBLISHED) {
                throw NamcException.refused(EventsRefusal.EVENT_CLOSED, "the event is " + event.status() + " and takes no registrations");
            }
            if (!now.isBefore(event.registrationClosesAt())) {
                throw NamcException.refused(EventsRefusal.REGISTRATION_CLOSED, "registration closed at " + event.registrationClosesAt());
            }
            desk.settle(event, now);
            Optional<Registration> existing = ctx.registrations().find(event.id(), c.memberId());
            if (existing.isPresent() && existing.get().status().isActive()) {
                throw NamcException.refused(EventsRefusal.ALREADY_REGISTERED, "member " + c.memberId() + " is already registered for event " + event.id()
                        + " (" + existing.get().status() + ")");
            }
            Seat seat;
            if (event.rules().hasRoomFor(ctx.registrations().countsFor(event.id()).registrations())) {
                seat = Seat.on(event, now, now, ctx.settings().paymentHold());
            } else {
                seat = Seat.waitlisted(event.nextWaitlistTicket());
                event = event.tookWaitlistTicket(now);
            }
            RegistrationId id = existing.map(Registration::id).orElseGet(() -> new RegistrationId(ctx.ids().newId()));
            long version = existing.map(Registration::version).orElse(0L);
            Registration registration = ctx.registrations().save(
                    Registration.admitted(id, event.id(), c.memberId(), seat, c.attendee(), now, version));
            event = desk.recount(event, now);
            scope.changed("registration", null, id).changed("member", null, c.memberId())
                    .changed("status", existing.map(Registration::status).orElse(null), registration.status());
            RegistrationOutcome outcome = outcome(event, registration);
            ctx.notifier().enqueue(switch (registration.status()) {
                case WAITLISTED -> EventNotices.waitlisted(event, registration,
                        ((RegistrationOutcome.Waitlisted) outcome).position());
                case PENDING_APPROVAL -> EventNotices.awaitingApproval(event, registration);
                case PENDING_PAYMENT -> EventNotices.awaitingPayment(event, registration);
                default -> EventNotices.registered(event, registration);
            });
            return outcome;
        });
    }

    Registration decide(Actor actor, DecideRegistration c) {
        Violations.collect().required(c, "command").throwIfAny();
        ctx.validation().validate(c, Violations.collect().required(c.registrationId(), "registrationId")
                .check(c.approve() || (c.reason() != null && !c.reason().isBlank()), "reason", ViolationRule.REQUIRED,
                        "a decline needs a reason").maxLength(c.reason(), "reason", 1000));
        Registration before = ctx.loadRegistration(c.registrationId());
        return inUnit(actor, c.approve() ? "event.registration.approve" : "event.registration.decline",
                before.eventId(), scope -> {
                    Instant now = ctx.now();
                    Registration current = ctx.loadRegistration(c.registrationId());
                    Event event = ctx.load(current.eventId());
                    ctx.require(actor, "approve", event.id());
                    Registration decided = ctx.registrations().save(c.approve()
                            ? current.approved(Seat.afterApproval(current, now, ctx.settings().paymentHold()), now)
                            : current.declined(c.reason().strip(), now));
                    if (!c.approve()) {
                        desk.fillFreeSeats(event, now);
                    }
                    desk.recount(event, now);
                    scope.changed("registration", null, decided.id()).changed("status", current.status(),
                            decided.status());
                    ctx.notifier().enqueue(switch (decided.status()) {
                        case DECLINED -> EventNotices.declined(event, decided);
                        case PENDING_PAYMENT -> EventNotices.awaitingPayment(event, decided);
                        default -> EventNotices.registered(event, decided);
                    });
                    return decided;
                });
    }

    Registration confirmPayment(Actor actor, ConfirmPayment c) {
        Violations.collect().required(c, "command").throwIfAny();
        ctx.validation().validate(c, Violations.collect().required(c.registrationId(), "registrationId")
                .notBlank(c.paymentId(), "paymentId", 200));
        Registration before = ctx.loadRegistration(c.registrationId());
        return inUnit(actor, "event.registration.confirm-payment", before.eventId(), scope -> {
            Instant now = ctx.now();
            Registration current = ctx.loadRegistration(c.registrationId());
            Event event = ctx.load(current.eventId());
            requireSelfOrManager(actor, "pay", event.id(), current.memberId());
            if (current.isHoldExpiredAt(now)) {
                throw NamcException.refused(EventsRefusal.HOLD_EXPIRED, "the seat was held until " + current.holdExpiresAt()
                        + " and is no longer reserved");
            }
            if (current.status() != RegistrationStatus.PENDING_PAYMENT) {
                throw NamcException.refused(EventsRefusal.NOT_AWAITING_PAYMENT, "the registration is " + current.status() + ", not awaiting payment");
            }
            PaymentReceipt receipt = acceptableReceipt(c.paymentId(), current);
            Registration paid = ctx.registrations().save(current.paid(receipt.paymentId(), receipt.amount(), now));
            desk.recount(event, now);
            scope.changed("registration", null, paid.id()).changed("status", current.status(), paid.status())
                    .changed("payment", null, receipt.paymentId()).changed("amountPaid", null, receipt.amount());
            ctx.notifier().enqueue(EventNotices.registered(event, paid));
            return paid;
        });
    }

    Cancellation cancel(Actor actor, CancelRegistration c) {
        Violations.collect().required(c, "command").throwIfAny();
        ctx.validation().validate(c, Violations.collect().required(c.registrationId(), "registrationId")
                .maxLength(c.reason(), "reason", 1000));
        Registration before = ctx.loadRegistration(c.registrationId());
        return inUnit(actor, "event.registration.cancel", before.eventId(), scope -> {
            Instant now = ctx.now();
            Registration current = ctx.loadRegistration(c.registrationId());
            Event event = ctx.load(current.eventId());
            requireSelfOrManager(actor, "cancel-registration", event.id(), current.memberId());
            if (event.status() == EventStatus.COMPLETED) {
                throw NamcException.refused(EventsRefusal.EVENT_CLOSED, "the event is over");
            }
            Registration cancelled = ctx.registrations().save(current.cancelled(now, c.reason()));
            List<Promotion> promotions = desk.settle(event, now);
            desk.recount(event, now);
            scope.changed("registration", null, cancelled.id()).changed("status", current.status(), cancelled.status())
                    .changed("promoted", null, promotions.stream().map(p -> p.registration().memberId().toString())
                            .toList());
            return new Cancellation(RegistrationView.of(cancelled), promotions);
        });
    }

    List<Promotion> releaseExpiredHolds(Actor actor, EventId eventId) {
        Violations.collect().required(eventId, "eventId").throwIfAny();
        return inUnit(actor, "event.registration.release-holds", eventId, scope -> {
            Event event = ctx.load(eventId);
            ctx.require(actor, "approve", eventId);
            List<Promotion> promotions = new ArrayList<>(desk.settle(event, ctx.now()));
            desk.recount(event, ctx.now());
            scope.changed("promoted", null, promotions.size());
            return promotions;
        });
    }

    CheckInResult checkIn(Actor actor, CheckIn c) {
        Violations.collect().required(c, "command").throwIfAny();
        ctx.validation().validate(c, Violations.collect().required(c.eventId(), "eventId")
                .required(c.memberId(), "memberId"));
        return inUnit(actor, "event.check-in", c.eventId(), scope -> {
            Instant now = ctx.now();
            Event event = ctx.load(c.eventId());
            ctx.require(actor, "check-in", event.id());
            Registration current = ctx.registrations().find(event.id(), c.memberId())
                    .orElseThrow(() -> NamcException.notFound("event registration", c.memberId() + " at " + event.id()));
            if (current.checkedInAt() != null) {
                return new CheckInResult.AlreadyCheckedIn(RegistrationView.of(current), current.checkedInAt(), current.checkedInBy());
            }
            Instant opens = event.schedule().start().minus(ctx.settings().checkInOpensBefore());
            if (event.status() != EventStatus.PUBLISHED || now.isBefore(opens) || event.schedule().hasEndedAt(now)) {
                throw NamcException.refused(EventsRefusal.CHECK_IN_CLOSED, "check-in is open from " + opens + " until " + event.schedule().end()
                        + " for a published event");
            }
            MemberId by = actor.memberId();
            Registration checkedIn = ctx.registrations().save(current.checkedIn(by, now));
            desk.recount(event, now);
            scope.changed("registration", null, checkedIn.id()).changed("checkedInAt", null, now);
            return new CheckInResult.CheckedIn(RegistrationView.of(checkedIn), now);
        });
    }

    Registration find(Actor actor, RegistrationId id) {
        Violations.collect().required(id, "registrationId").throwIfAny();
        Registration registration = ctx.loadRegistration(id);
        requireSelfOrManager(actor, "read-registrations", registration.eventId(), registration.memberId());
        return registration;
    }

    Page<Registration> forEvent(Actor actor, EventId eventId, PageRequest page) {
        Violations.collect().required(eventId, "eventId").required(page, "page").throwIfAny();
        ctx.require(actor, "read-registrations", eventId);
        return ctx.registrations().forEvent(eventId, page);
    }

    Page<Registration> forMember(Actor actor, MemberId member, PageRequest page) {
        Violations.collect().required(member, "member").required(page, "page").throwIfAny();
        ctx.authorizer().require(actor, Permission.of(EventsContext.RESOURCE, "read-registrations"),
                ResourceRef.owned("member", member, member));
        return ctx.registrations().forMember(member, page);
    }

    private PaymentReceipt acceptableReceipt(String paymentId, Registration registration) {
        PaymentReceipt receipt = ctx.receipts().find(paymentId)
                .orElseThrow(() -> NamcException.notFound("payment", paymentId));
        if (!receipt.succeeded()) {
            throw NamcException.refused(EventsRefusal.PAYMENT_NOT_SUCCEEDED, "payment " + paymentId + " has not succeeded");
        }
        if (!receipt.payer().equals(registration.memberId())
                || !receipt.reference().equals(PaymentReceipt.referenceFor(registration.id()))) {
            throw NamcException.refused(EventsRefusal.PAYMENT_OF_ANOTHER_REGISTRATION, "payment " + paymentId + " is not this registrant's payment for this registration");
        }
        var due = registration.amountDue();
        if (due != null && (!receipt.amount().currency().equals(due.currency()) || due.isGreaterThan(receipt.amount()))) {
            throw NamcException.refused(EventsRefusal.PAYMENT_SHORT, "payment " + paymentId + " covers " + receipt.amount() + " of " + due);
        }
        ctx.registrations().findByPaymentId(paymentId).filter(other -> !other.id().equals(registration.id()))
                .ifPresent(other -> {
                    throw NamcException.refused(EventsRefusal.PAYMENT_OF_ANOTHER_REGISTRATION, "payment " + paymentId + " already confirmed another registration");
                });
        return receipt;
    }

    /** A member acts on their own registration; staff ({@code event:manage}) on anyone's. */
    private void requireSelfOrManager(Actor actor, String action, EventId event, MemberId registrant) {
        if (actor.is(registrant)) {
            ctx.require(actor, action, event, registrant);
        } else {
            ctx.require(actor, "manage", event);
        }
    }

    private <T> T inUnit(Actor actor, String action, EventId event, Function<AuditScope, T> work) {
        return ctx.unitOfWork().execute(actor, action, EventsContext.RESOURCE, ctx.settings().attempts(), scope -> {
            scope.resource(event);
            return work.apply(scope);
        });
    }

    private RegistrationOutcome outcome(Event event, Registration r) {
        return switch (r.status()) {
            case WAITLISTED -> new RegistrationOutcome.Waitlisted(RegistrationView.of(r), event.counts().waitlist());
            case PENDING_APPROVAL -> new RegistrationOutcome.AwaitingApproval(RegistrationView.of(r));
            case PENDING_PAYMENT -> new RegistrationOutcome.AwaitingPayment(RegistrationView.of(r), r.amountDue(), r.holdExpiresAt(),
                    PaymentReceipt.referenceFor(r.id()));
            default -> new RegistrationOutcome.Registered(RegistrationView.of(r));
        };
    }
}
