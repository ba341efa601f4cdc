package org.namc.events.internal;

import org.namc.events.RegistrationView;
import org.namc.events.EventsSettings;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.namc.events.CancelEvent;
import org.namc.events.CancelRegistration;
import org.namc.events.Cancellation;
import org.namc.events.CheckIn;
import org.namc.events.CheckInResult;
import org.namc.events.ConfirmPayment;
import org.namc.events.CreateEvent;
import org.namc.events.DecideRegistration;
import org.namc.events.EventView;
import org.namc.events.EventsApi;
import org.namc.events.MeetingAccess;
import org.namc.events.Promotion;
import org.namc.events.RegisterForEvent;
import org.namc.events.RegistrationOutcome;
import org.namc.events.RescheduleEvent;
import org.namc.events.domain.EventId;
import org.namc.events.domain.Registration;
import org.namc.events.domain.RegistrationId;
import org.namc.events.spi.EventRegistrations;
import org.namc.events.spi.Events;
import org.namc.events.spi.PaymentReceipts;
import org.namc.notifications.Notifier;
import org.namc.shared.authorization.Authorizer;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;
import org.namc.shared.internal.CommandValidation;
import org.namc.shared.internal.UnitOfWork;
import org.namc.shared.spi.IdGenerator;
import org.namc.shared.spi.SecretCipher;

/** The events context's primary port. */
public final class EventsModule implements EventsApi {
    private final EventUseCases eventUseCases;
    private final RegistrationUseCases registrations;


    public EventsModule(Events events, EventRegistrations registrations, PaymentReceipts receipts, SecretCipher cipher,
                        Notifier notifier, Clock clock, IdGenerator ids, UnitOfWork unitOfWork,
                        CommandValidation validation, Authorizer authorizer, EventsSettings settings) {
        EventsContext ctx = new EventsContext(events, registrations, receipts, cipher, notifier, clock, ids, unitOfWork,
                validation, authorizer, settings);
        RegistrationDesk desk = new RegistrationDesk(ctx);
        this.eventUseCases = new EventUseCases(ctx, desk);
        this.registrations = new RegistrationUseCases(ctx, desk);
    }

    @Override
    public EventView createEvent(Actor actor, CreateEvent command) {
        return eventUseCases.create(actor, command);
    }

    @Override
    public EventView publishEvent(Actor actor, EventId eventId) {
        return eventUseCases.publish(actor, eventId);
    }

    @Override
    public EventView rescheduleEvent(Actor actor, RescheduleEvent command) {
        return eventUseCases.reschedule(actor, command);
    }

    @Override
    public String memberCalendarFeed(Actor actor, MemberId member) {
        return eventUseCases.memberFeed(actor, member);
    }

    @Override
    public String publicCalendarFeed(Actor actor) {
        return eventUseCases.publicFeed(actor);
    }

    @Override
    public EventView cancelEvent(Actor actor, CancelEvent command) {
        return eventUseCases.cancel(actor, command);
    }

    @Override
    public EventView completeEvent(Actor actor, EventId eventId) {
        return eventUseCases.complete(actor, eventId);
    }

    @Override
    public EventView findEvent(Actor actor, EventId eventId) {
        return eventUseCases.find(actor, eventId);
    }

    @Override
    public Page<EventView> upcoming(Actor actor, PageRequest page) {
        return eventUseCases.upcoming(actor, page);
    }

    @Override
    public RegistrationOutcome register(Actor actor, RegisterForEvent command) {
        return registrations.register(actor, command);
    }

    @Override
    public RegistrationView decideRegistration(Actor actor, DecideRegistration command) {
        return RegistrationView.of(registrations.decide(actor, command));
    }

    @Override
    public RegistrationView confirmPayment(Actor actor, ConfirmPayment command) {
        return RegistrationView.of(registrations.confirmPayment(actor, command));
    }

    @Override
    public Cancellation cancelRegistration(Actor actor, CancelRegistration command) {
        return registrations.cancel(actor, command);
    }

    @Override
    public List<Promotion> releaseExpiredHolds(Actor actor, EventId eventId) {
        return registrations.releaseExpiredHolds(actor, eventId);
    }

    @Override
    public CheckInResult checkIn(Actor actor, CheckIn command) {
        return registrations.checkIn(actor, command);
    }

    @Override
    public int sendReminders(Actor actor, EventId eventId) {
        return eventUseCases.sendReminders(actor, eventId);
    }

    @Override
    public RegistrationView registration(Actor actor, RegistrationId registrationId) {
        return RegistrationView.of(registrations.find(actor, registrationId));
    }

    @Override
    public Page<RegistrationView> registrations(Actor actor, EventId eventId, PageRequest page) {
        return registrations.forEvent(actor, eventId, page).map(RegistrationView::of);
    }

    @Override
    public Page<RegistrationView> registrationsOf(Actor actor, MemberId member, PageRequest page) {
        return registrations.forMember(actor, member, page).map(RegistrationView::of);
    }

    @Override
    public MeetingAccess meetingAccess(Actor actor, EventId eventId) {
        return eventUseCases.meetingAccess(actor, eventId);
    }

    @Override
    public String exportICalendar(Actor actor, EventId eventId) {
        return eventUseCases.exportICalendar(actor, eventId);
    }

    @Override
    public int reencryptMeetingPasswords(Actor actor) {
        return eventUseCases.reencryptMeetingPasswords(actor);
    }
}
