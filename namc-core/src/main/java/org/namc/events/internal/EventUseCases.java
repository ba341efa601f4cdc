package org.namc.events.internal;

import org.namc.shared.domain.ViolationRule;
import org.namc.events.domain.EventsRefusal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.namc.events.CancelEvent;
import org.namc.events.CreateEvent;
import org.namc.events.EventView;
import org.namc.shared.authorization.Permission;
import org.namc.shared.authorization.ResourceRef;
import org.namc.events.MeetingAccess;
import org.namc.events.MeetingDetails;
import org.namc.events.RescheduleEvent;
import org.namc.events.domain.Event;
import org.namc.events.domain.EventId;
import org.namc.events.domain.EventLocation;
import org.namc.events.domain.EventStatus;
import org.namc.events.domain.ICalendar;
import org.namc.events.domain.OnlineMeeting;
import org.namc.events.domain.Registration;
import org.namc.events.domain.RegistrationStatus;
import org.namc.events.domain.Schedule;
import org.namc.events.domain.Visibility;
import org.namc.notifications.NotifyResult;
import org.namc.shared.authorization.Permission;
import org.namc.shared.authorization.ResourceRef;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.EncryptedSecret;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.NamcException;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;
import org.namc.shared.domain.Secret;
import org.namc.shared.domain.Violations;
import org.namc.shared.internal.AuditScope;

/** The life of an event: creating, publishing, cancelling, completing, reminding, and reading it. */
final class EventUseCases {
    private static final int BATCH = 200;
    /** Feeds keep events that started up to this long ago, so subscribed calendars keep recent history. */
    private static final Duration FEED_HISTORY = Duration.ofDays(30);

    private final EventsContext ctx;
    private final RegistrationDesk desk;

    EventUseCases(EventsContext ctx, RegistrationDesk desk) {
        this.ctx = ctx;
        this.desk = desk;
    }

    EventView create(Actor actor, CreateEvent c) {
        Violations.collect().required(c, "command").throwIfAny();
        Violations guards = Violations.collect().required(c.details(), "details").required(c.rules(), "rules")
                .required(c.pricing(), "pricing").required(c.visibility(), "visibility");
        Schedule schedule = guards.capture("", () -> Schedule.local(c.startsAt(), c.endsAt(), c.timeZone()));
        EventLocation location = guards.capture("", () -> new EventLocation(c.locationType(), c.venue(),
                meetingWithoutPassword(c.meeting())));
        guards.check(c.rules() == null || schedule == null || c.rules().deadline() == null
                || !c.rules().deadline().isAfter(schedule.start()), "rules.deadline", "before-start",
                "must not be after the start");
        guards.check(c.meeting() == null || c.meeting().url() != null, "meeting.url", ViolationRule.REQUIRED,
                "an online meeting needs its address");
        guards.check(c.meeting() == null || c.meeting().password() == null
                || c.meeting().password().length() <= 100, "meeting.password", ViolationRule.MAX_LENGTH,
                "must be at most 100 characters");
        ctx.validation().validate(c, guards);
        return ctx.unitOfWork().execute(actor, "event.create", EventsContext.RESOURCE, scope -> {
            ctx.requireOnAll(actor, "create");
            if (actor.memberId() == null) {
                throw NamcException.refused(EventsRefusal.CREATOR_NOT_STAFF, "an event is created by a staff member, who becomes its creator");
            }
            EventId id = new EventId(ctx.ids().newId());
            scope.resource(id);
            Instant now = ctx.now();
            EventLocation stored = withEncryptedPassword(id, location, c.meeting());
            Event event = ctx.events().save(Event.draft(id, c.details(), schedule, stored, c.rules(), c.pricing(),
                    c.visibility(), actor.memberId(), now));
            scope.changed("title", null, event.details().title()).changed("start", null, schedule.start())
                    .changed("capacity", null, c.rules().capacity()).changed("price", null, c.pricing().price());
            if (c.meeting() != null && c.meeting().password() != null) {
                scope.changedSecret("meetingPassword");
            }
            return EventView.of(event);
        });
    }

    EventView publish(Actor actor, EventId eventId) {
        return change(actor, eventId, "publish", "event.publish", (event, scope) -> {
            Event published = event.published(ctx.now());
            scope.changed("status", event.status(), published.status());
            return published;
        });
    }

    EventView cancel(Actor actor, CancelEvent c) {
        Violations.collect().required(c, "command").throwIfAny();
        ctx.validation().validate(c, Violations.collect().required(c.eventId(), "eventId")
                .notBlank(c.reason(), "reason", 1000));
        return change(actor, c.eventId(), "cancel", "event.cancel", (event, scope) -> {
            Instant now = ctx.now();
            Event cancelled = event.cancelled(c.reason().strip(), now);
            int[] told = {0};
            forEachRegistration(event.id(), r -> {
                if (r.status().isActive()) {
                    Registration done = ctx.registrations().save(r.cancelled(now, "event cancelled: " + c.reason()));
                    ctx.notifier().enqueue(EventNotices.cancelled(cancelled, done, c.reason().strip()));
                    told[0]++;
                }
            });
            scope.changed("status", event.status(), cancelled.status()).changed("registrationsCancelled", null,
                    told[0]);
            return cancelled;
        });
    }

    EventView reschedule(Actor actor, RescheduleEvent c) {
        Violations.collect().required(c, "command").throwIfAny();
        Violations guards = Violations.collect().required(c.eventId(), "eventId");
        Schedule schedule = guards.capture("", () -> Schedule.local(c.startsAt(), c.endsAt(), c.timeZone()));
        ctx.validation().validate(c, guards);
        return change(actor, c.eventId(), "reschedule", "event.reschedule", (event, scope) -> {
            Event moved = event.rescheduled(schedule, ctx.now());
            scope.changed("start", event.schedule().start(), moved.schedule().start())
                    .changed("end", event.schedule().end(), moved.schedule().end())
                    .changed("timeZone", event.schedule().zone().getId(), moved.schedule().zone().getId())
                    .changed("calendarSequence", event.calendarSequence(), moved.calendarSequence());
            return moved;
        });
    }

    EventView complete(Actor actor, EventId eventId) {
        return change(actor, eventId, "complete", "event.complete", (event, scope) -> {
            Instant now = ctx.now();
            Event completed = event.completed(now);
            int[] noShows = {0};
            int[] followUps = {0};
            forEachRegistration(eventId, r -> {
                if (r.status() == RegistrationStatus.REGISTERED && !r.attended()) {
                    ctx.registrations().save(r.noShow(now));
                    noShows[0]++;
                } else if (r.attended() && r.attendee().wantsFollowUp()) {
                    ctx.notifier().enqueue(EventNotices.followUp(completed, r));
                    followUps[0]++;
                }
            });
            scope.changed("status", event.status(), completed.status()).changed("noShows", null, noShows[0])
                    .changed("followUps", null, followUps[0]);
            return completed.withFollowUpsSent(now);
        });
    }

    int sendReminders(Actor actor, EventId eventId) {
        Violations.collect().required(eventId, "eventId").throwIfAny();
        return ctx.unitOfWork().execute(actor, "event.remind", EventsContext.RESOURCE, scope -> {
            scope.resource(eventId);
            Event event = ctx.load(eventId);
            ctx.require(actor, "remind", eventId);
            if (event.status() != EventStatus.PUBLISHED || event.schedule().hasEndedAt(ctx.now())) {
                throw NamcException.refused(EventsRefusal.REMINDERS_CLOSED, "reminders go out for a published event that has not ended");
            }
            int[] sent = {0};
            forEachRegistration(eventId, r -> {
                if (r.status() == RegistrationStatus.REGISTERED && r.attendee().wantsReminders()
                        && ctx.notifier().enqueue(EventNotices.reminder(event, r))
                        instanceof NotifyResult.Queued) {
                    sent[0]++;
                }
            });
            ctx.events().save(event.withRemindersSent(ctx.now()));
            scope.changed("remindersSent", null, sent[0]);
            return sent[0];
        });
    }

    EventView find(Actor actor, EventId eventId) {
        Violations.collect().required(eventId, "eventId").throwIfAny();
        Event event = ctx.load(eventId);
        requireVisible(actor, event);
        return EventView.of(event, mayJoin(actor, event));
    }

    Page<EventView> upcoming(Actor actor, PageRequest page) {
        Violations.collect().required(page, "page").throwIfAny();
        Set<Visibility> visible = EnumSet.noneOf(Visibility.class);
        if (ctx.mayOnAll(actor, "read-public")) {
            visible.add(Visibility.PUBLIC);
        }
        if (ctx.mayOnAll(actor, "read")) {
            visible.add(Visibility.PUBLIC);
            visible.add(Visibility.MEMBERS_ONLY);
        }
        if (ctx.mayOnAll(actor, "manage")) {
            visible.addAll(EnumSet.allOf(Visibility.class));
        }
        if (visible.isEmpty()) {
            throw NamcException.refused(EventsRefusal.NO_EVENTS_VISIBLE, actor + " may not see events");
        }
        return ctx.events().startingFrom(ctx.now(), EnumSet.of(EventStatus.PUBLISHED), visible, page)
                .map(event -> EventView.of(event, mayJoin(actor, event)));
    }

    MeetingAccess meetingAccess(Actor actor, EventId eventId) {
        Violations.collect().required(eventId, "eventId").throwIfAny();
        return ctx.unitOfWork().execute(actor, "event.meeting-access", EventsContext.RESOURCE, scope -> {
            scope.resource(eventId);
            Event event = ctx.load(eventId);
            if (!isAttendee(actor, eventId)) {
                ctx.require(actor, "manage", eventId);
            }
            OnlineMeeting meeting = event.location().meeting();
            if (meeting == null) {
                throw NamcException.refused(EventsRefusal.NO_ONLINE_MEETING, "the event has no online meeting");
            }
            Secret password = null;
            if (meeting.password() != null) {
                byte[] plain = ctx.cipher().decrypt(meeting.password(), EventsContext.meetingPasswordContext(eventId));
                try {
                    password = Secret.of(new String(plain, StandardCharsets.UTF_8));
                } finally {
                    Arrays.fill(plain, (byte) 0);
                }
                scope.changedSecret("meetingPasswordRevealed");
            }
            return new MeetingAccess(meeting.platform(), meeting.url(), meeting.meetingId(), password);
        });
    }

    String exportICalendar(Actor actor, EventId eventId) {
        Violations.collect().required(eventId, "eventId").throwIfAny();
        Event event = ctx.load(eventId);
        requireVisible(actor, event);
        Event shown = mayJoin(actor, event) ? event
                : event.withLocation(event.location().withoutJoinDetails(), event.updatedAt());
        return ICalendar.export(shown, ctx.now(), ctx.settings().calendarHost());
    }

    /** Registered attendees and staff may join an online meeting; everyone else sees its platform only. */
    private boolean mayJoin(Actor actor, Event event) {
        return event.location().meeting() == null || isAttendee(actor, event.id())
                || ctx.may(actor, "manage", event.id());
    }

    private boolean isAttendee(Actor actor, EventId eventId) {
        return actor.memberId() != null && ctx.registrations().find(eventId, actor.memberId())
                .filter(r -> r.status() == RegistrationStatus.REGISTERED).isPresent();
    }

    String memberFeed(Actor actor, MemberId member) {
        Violations.collect().required(member, "member").throwIfAny();
        ctx.authorizer().require(actor, Permission.of(EventsContext.RESOURCE, "read-registrations"),
                ResourceRef.owned("member", member, member));
        Instant since = ctx.now().minus(FEED_HISTORY);
        Map<EventId, Event> events = new LinkedHashMap<>();
        for (int pageNo = 0; ; pageNo++) {
            Page<Registration> page = ctx.registrations().forMember(member, new PageRequest(pageNo, BATCH));
            for (Registration r : page.items()) {
                Event event = ctx.load(r.eventId());
                boolean listed = r.status().isActive() || event.status() == EventStatus.CANCELLED;
                if (listed && event.status() != EventStatus.DRAFT && !event.schedule().start().isBefore(since)) {
                    // Join details only where the member holds a seat, as in the event view.
                    events.putIfAbsent(event.id(), r.status() == RegistrationStatus.REGISTERED ? event
                            : event.withLocation(event.location().withoutJoinDetails(), event.updatedAt()));
                }
            }
            if (!page.hasNext()) {
                break;
            }
        }
        return ICalendar.feed("NAMC events: my registrations", sortedByStart(events.values()), ctx.now(),
                ctx.settings().calendarHost());
    }

    String publicFeed(Actor actor) {
        if (!ctx.mayOnAll(actor, "read-public") && !ctx.mayOnAll(actor, "read")) {
            throw NamcException.refused(EventsRefusal.NO_EVENTS_VISIBLE, actor + " may not see events");
        }
        List<Event> events = new ArrayList<>();
        for (int pageNo = 0; ; pageNo++) {
            Page<Event> page = ctx.events().startingFrom(ctx.now().minus(FEED_HISTORY),
                    EnumSet.of(EventStatus.PUBLISHED, EventStatus.CANCELLED, EventStatus.COMPLETED),
                    EnumSet.of(Visibility.PUBLIC), new PageRequest(pageNo, BATCH));
            // A public feed goes to anyone: online meetings show their platform only.
            page.items().forEach(e -> events.add(e.withLocation(e.location().withoutJoinDetails(), e.updatedAt())));
            if (!page.hasNext()) {
                break;
            }
        }
        return ICalendar.feed("NAMC events", events, ctx.now(), ctx.settings().calendarHost());
    }

    private static List<Event> sortedByStart(Collection<Event> events) {
        return events.stream().sorted(Comparator.comparing((Event e) -> e.schedule().start())
                .thenComparing(e -> e.id().value())).toList();
    }

    /** Drafts and private events are for staff; members-only events for members; public ones for anyone. */
    private void requireVisible(Actor actor, Event event) {
        if (event.status() == EventStatus.DRAFT || event.visibility() == Visibility.PRIVATE) {
            ctx.require(actor, "manage", event.id());
        } else if (event.visibility() == Visibility.MEMBERS_ONLY) {
            ctx.require(actor, "read", event.id());
        } else if (!ctx.may(actor, "read", event.id())) {
            ctx.require(actor, "read-public", event.id());
        }
    }

    private void forEachRegistration(EventId eventId, Consumer<Registration> action) {
        for (int pageNo = 0; ; pageNo++) {
            Page<Registration> page = ctx.registrations().forEvent(eventId, new PageRequest(pageNo, BATCH));
            page.items().forEach(action);
            if (!page.hasNext()) {
                return;
            }
        }
    }

    private EventView change(Actor actor, EventId eventId, String permission, String action, EventChange change) {
        Violations.collect().required(eventId, "eventId").throwIfAny();
        return ctx.unitOfWork().execute(actor, action, EventsContext.RESOURCE, ctx.settings().attempts(), scope -> {
            scope.resource(eventId);
            Event event = ctx.load(eventId);
            ctx.require(actor, permission, eventId);
            Event changed = change.apply(event, scope);
            return EventView.of(desk.recount(changed, ctx.now()));
        });
    }

    private static OnlineMeeting meetingWithoutPassword(MeetingDetails meeting) {
        return meeting == null ? null : new OnlineMeeting(meeting.platform(), meeting.url(), meeting.meetingId(), null);
    }

    private EventLocation withEncryptedPassword(EventId id, EventLocation location, MeetingDetails details) {
        if (details == null || details.password() == null || location.meeting() == null) {
            return location;
        }
        byte[] plain = details.password().reveal().getBytes(StandardCharsets.UTF_8);
        try {
            EncryptedSecret sealed = ctx.cipher().encrypt(plain, EventsContext.meetingPasswordContext(id));
            return location.withMeeting(location.meeting().withPassword(sealed));
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    /**
     * Re-encrypts every meeting password not under the cipher's current key, one event per unit
     * of work, so a key can be retired after rotation; returns how many moved.
     */
    int reencryptMeetingPasswords(Actor actor) {
        ctx.authorizer().require(actor, Permission.of("secret", "rotate"), ResourceRef.any("secret"));
        int moved = 0;
        for (int pageNo = 0; ; pageNo++) {
            Page<Event> page = ctx.events().startingFrom(Instant.EPOCH, EnumSet.allOf(EventStatus.class),
                    EnumSet.allOf(Visibility.class), new PageRequest(pageNo, BATCH));
            for (Event event : page.items()) {
                OnlineMeeting meeting = event.location().meeting();
                if (meeting != null && meeting.password() != null && !ctx.cipher().isCurrent(meeting.password())) {
                    reencrypt(actor, event.id());
                    moved++;
                }
            }
            if (!page.hasNext()) {
                return moved;
            }
        }
    }

    private void reencrypt(Actor actor, EventId eventId) {
        ctx.unitOfWork().execute(actor, "event.secrets.reencrypt", EventsContext.RESOURCE, ctx.settings().attempts(),
                scope -> {
                    scope.resource(eventId);
                    ctx.authorizer().require(actor, Permission.of("secret", "rotate"), ResourceRef.any("secret"));
                    Event event = ctx.load(eventId);
                    OnlineMeeting meeting = event.location().meeting();
                    var context = EventsContext.meetingPasswordContext(eventId);
                    byte[] plain = ctx.cipher().decrypt(meeting.password(), context);
                    try {
                        EncryptedSecret sealed = ctx.cipher().encrypt(plain, context);
                        ctx.events().save(event.withLocation(event.location().withMeeting(meeting.withPassword(sealed)),
                                ctx.now()));
                        scope.changedSecret("meetingPassword");
                    } finally {
                        Arrays.fill(plain, (byte) 0);
                    }
                    return null;
                });
    }

    @FunctionalInterface
    private interface EventChange {
        Event apply(Event event, AuditScope scope);
    }
}
