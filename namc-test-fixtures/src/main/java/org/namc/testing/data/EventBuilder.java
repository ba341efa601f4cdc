package org.namc.testing.data;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.namc.events.CreateEvent;
import org.namc.events.EventView;
import org.namc.events.EventsApi;
import org.namc.events.MeetingDetails;
import org.namc.events.domain.AgendaItem;
import org.namc.events.domain.Event;
import org.namc.events.domain.EventCategory;
import org.namc.events.domain.EventDetails;
import org.namc.events.domain.EventId;
import org.namc.events.domain.EventLocation;
import org.namc.events.domain.LocationType;
import org.namc.events.domain.OnlineMeeting;
import org.namc.events.domain.Pricing;
import org.namc.events.domain.RegistrationRules;
import org.namc.events.domain.Schedule;
import org.namc.events.domain.Speaker;
import org.namc.events.domain.Sponsor;
import org.namc.events.domain.Venue;
import org.namc.events.domain.Visibility;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.GeoPoint;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Money;
import org.namc.shared.domain.PostalAddress;
import org.namc.shared.domain.Secret;

/**
 * An event with sensible defaults: an in-person networking evening in San Francisco, free,
 * unlimited, public. {@code anEvent().withCapacity(100).startingAt(...).createPublished(events, staff)}.
 */
public final class EventBuilder {
    private String title = "Contractors' Networking Evening";
    private String description = "Meet general contractors, subs and agencies; light dinner served.";
    private EventCategory category = EventCategory.NETWORKING;
    private LocalDateTime startsAt = LocalDateTime.of(2026, 3, 12, 18, 0);
    private LocalDateTime endsAt = LocalDateTime.of(2026, 3, 12, 21, 0);
    private String timeZone = "America/Los_Angeles";
    private LocationType locationType = LocationType.IN_PERSON;
    private @Nullable Venue venue = new Venue("NAMC Hall", PostalAddress.us("1 Market St", "San Francisco", "CA",
            "94105"), GeoPoint.of(37.7937, -122.3965));
    private @Nullable MeetingDetails meeting;
    private @Nullable Integer capacity;
    private @Nullable Instant deadline;
    private boolean requiresApproval;
    private Pricing pricing = Pricing.free();
    private Visibility visibility = Visibility.PUBLIC;
    private List<String> tags = List.of("networking");

    private EventBuilder() {
    }

    public static EventBuilder anEvent() {
        return new EventBuilder();
    }

    public EventBuilder titled(String newTitle) {
        this.title = newTitle;
        return this;
    }

    public EventBuilder describedAs(String newDescription) {
        this.description = newDescription;
        return this;
    }

    public EventBuilder withTags(String... newTags) {
        this.tags = List.of(newTags);
        return this;
    }

    public EventBuilder inCategory(EventCategory newCategory) {
        this.category = newCategory;
        return this;
    }

    public EventBuilder at(LocalDateTime start, LocalDateTime end, String zone) {
        this.startsAt = start;
        this.endsAt = end;
        this.timeZone = zone;
        return this;
    }

    /** Starts {@code daysAhead} days after {@code now} at 18:00 local time, for three hours. */
    public EventBuilder startingDaysAfter(Instant now, int daysAhead) {
        LocalDateTime day = LocalDateTime.ofInstant(now, ZoneId.of(timeZone)).toLocalDate().plusDays(daysAhead)
                .atTime(18, 0);
        return at(day, day.plusHours(3), timeZone);
    }

    public EventBuilder withCapacity(@Nullable Integer seats) {
        this.capacity = seats;
        return this;
    }

    public EventBuilder withDeadline(@Nullable Instant registrationDeadline) {
        this.deadline = registrationDeadline;
        return this;
    }

    public EventBuilder requiringApproval() {
        this.requiresApproval = true;
        return this;
    }

    public EventBuilder priced(String amount) {
        this.pricing = Pricing.of(Money.of(amount, "USD"));
        return this;
    }

    public EventBuilder priced(Pricing newPricing) {
        this.pricing = newPricing;
        return this;
    }

    public EventBuilder visibleTo(Visibility newVisibility) {
        this.visibility = newVisibility;
        return this;
    }

    /** A virtual event on a video call with a password. */
    public EventBuilder virtual(String password) {
        this.locationType = LocationType.VIRTUAL;
        this.venue = null;
        this.meeting = new MeetingDetails("Zoom", URI.create("https://zoom.example/j/123456789"), "123 456 789",
                Secret.of(password));
        return this;
    }

    public CreateEvent command() {
        EventDetails details = new EventDetails(title, description, "Networking for members", category, tags,
                List.of("general contractors", "subcontractors"), null,
                List.of(new AgendaItem(startsAt.toLocalTime(), startsAt.toLocalTime().plusHours(1), "Welcome", null)),
                List.of(Speaker.named("Ana Reyes")), List.of(Sponsor.named("Bay Builders")), false);
        return new CreateEvent(details, startsAt, endsAt, timeZone, locationType, venue, meeting,
                new RegistrationRules(capacity, deadline, requiresApproval), pricing, visibility);
    }

    public EventId create(EventsApi events, Actor staff) {
        return events.createEvent(staff, command()).event().id();
    }

    public EventId createPublished(EventsApi events, Actor staff) {
        EventId id = create(events, staff);
        events.publishEvent(staff, id);
        return id;
    }

    /** The event as a domain object, for store tests that bypass the use cases. */
    public Event event(EventId id, MemberId createdBy, Instant now) {
        CreateEvent c = command();
        Schedule schedule = Schedule.local(c.startsAt(), c.endsAt(), c.timeZone());
        OnlineMeeting online = c.meeting() == null ? null
                : new OnlineMeeting(c.meeting().platform(), c.meeting().url(), c.meeting().meetingId(), null);
        EventLocation location = new EventLocation(c.locationType(), c.venue(), online);
        return Event.draft(id, c.details(), schedule, location, c.rules(), c.pricing(), c.visibility(), createdBy, now);
    }
}
