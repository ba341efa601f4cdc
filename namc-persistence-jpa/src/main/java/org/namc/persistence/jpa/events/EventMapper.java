package org.namc.persistence.jpa.events;

import static org.namc.persistence.jpa.shared.Columns.text;
import static org.namc.persistence.jpa.shared.Columns.uri;

import java.net.URI;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import org.namc.events.domain.AgendaItem;
import org.namc.events.domain.Event;
import org.namc.events.domain.EventDetails;
import org.namc.events.domain.EventId;
import org.namc.events.domain.EventLocation;
import org.namc.events.domain.OnlineMeeting;
import org.namc.events.domain.Pricing;
import org.namc.events.domain.RegistrationCounts;
import org.namc.events.domain.RegistrationRules;
import org.namc.events.domain.Schedule;
import org.namc.events.domain.Speaker;
import org.namc.events.domain.Sponsor;
import org.namc.events.domain.Venue;
import org.namc.persistence.jpa.events.EventJsonDocuments.AgendaItemJson;
import org.namc.persistence.jpa.events.EventJsonDocuments.SpeakerJson;
import org.namc.persistence.jpa.events.EventJsonDocuments.SponsorJson;
import org.namc.persistence.jpa.events.EventJsonDocuments.VenueAddressJson;
import org.namc.persistence.jpa.shared.GeographyPoints;
import org.namc.shared.domain.EncryptedSecret;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Money;
import org.namc.shared.domain.PostalAddress;

/** Copies between the core's {@link Event} and its {@code events} row, field by field. */
final class EventMapper {
    private static final String[] NONE = new String[0];

    private EventMapper() {
    }

    /** Everything but the id, the creator, the creation time and the version, which the store and Hibernate own. */
    static void copyInto(Event event, EventJpaEntity entity) {
        copyDetails(event.details(), entity);
        entity.startDate = event.schedule().start();
        entity.endDate = event.schedule().end();
        entity.timezone = event.schedule().zone().getId();
        copyLocation(event.location(), entity);
        entity.maxAttendees = event.rules().capacity();
        entity.registrationDeadline = event.rules().deadline();
        entity.requiresApproval = event.rules().requiresApproval();
        Pricing pricing = event.pricing();
        entity.price = Amounts.storable(pricing.price());
        entity.currency = pricing.price().currency().getCurrencyCode();
        entity.earlyBirdPrice = pricing.earlyBirdPrice() == null ? null : Amounts.storable(pricing.earlyBirdPrice());
        entity.earlyBirdDeadline = pricing.earlyBirdDeadline();
        entity.status = event.status();
        entity.visibility = event.visibility();
        entity.registrationCount = event.counts().registrations();
        entity.attendeeCount = event.counts().attendees();
        entity.waitlistCount = event.counts().waitlist();
        entity.nextWaitlistTicket = event.nextWaitlistTicket();
        entity.reminderSent = event.reminderSent();
        entity.followUpSent = event.followUpSent();
        entity.cancellationReason = event.cancellationReason();
        entity.calendarSequence = event.calendarSequence();
        entity.updatedAt = event.updatedAt();
    }

    static Event toDomain(EventJpaEntity entity) {
        Currency currency = Currency.getInstance(entity.currency);
        Pricing pricing = new Pricing(Money.of(entity.price, currency),
                entity.earlyBirdPrice == null ? null : Money.of(entity.earlyBirdPrice, currency),
                entity.earlyBirdDeadline);
        return new Event(new EventId(entity.id), details(entity),
                new Schedule(entity.startDate, entity.endDate, ZoneId.of(entity.timezone)), location(entity),
                new RegistrationRules(entity.maxAttendees, entity.registrationDeadline, entity.requiresApproval),
                pricing, entity.status, entity.visibility,
                new RegistrationCounts(entity.registrationCount, entity.attendeeCount, entity.waitlistCount),
                entity.nextWaitlistTicket, entity.reminderSent, entity.followUpSent, entity.cancellationReason,
                new MemberId(entity.createdBy), entity.createdAt, entity.updatedAt, entity.calendarSequence,
                entity.version);
    }

    private static void copyDetails(EventDetails details, EventJpaEntity entity) {
        entity.title = details.title();
        entity.description = details.description();
        entity.shortDescription = details.shortDescription();
        entity.category = details.category();
        entity.tags = details.tags().toArray(NONE);
        entity.targetAudience = details.audience().toArray(NONE);
        entity.featuredImage = text(details.featuredImage());
        entity.agenda = details.agenda().stream().map(a -> new AgendaItemJson(a.startsAt().toString(),
                text(a.endsAt()), a.title(), a.speaker())).toList();
        entity.speakers = details.speakers().stream().map(s -> new SpeakerJson(s.name(), s.title(), s.company(),
                s.bio(), text(s.photo()))).toList();
        entity.sponsors = details.sponsors().stream().map(s -> new SponsorJson(s.name(), s.tier(), text(s.website()),
                text(s.logo()))).toList();
        entity.featured = details.featured();
    }

    private static EventDetails details(EventJpaEntity entity) {
        List<AgendaItem> agenda = entity.agenda.stream().map(a -> new AgendaItem(LocalTime.parse(a.startsAt()),
                a.endsAt() == null ? null : LocalTime.parse(a.endsAt()), a.title(), a.speaker())).toList();
        List<Speaker> speakers = entity.speakers.stream().map(s -> new Speaker(s.name(), s.title(), s.company(),
                s.bio(), uri(s.photo()))).toList();
        List<Sponsor> sponsors = entity.sponsors.stream().map(s -> new Sponsor(s.name(), s.tier(), uri(s.website()),
                uri(s.logo()))).toList();
        return new EventDetails(entity.title, entity.description, entity.shortDescription, entity.category,
                List.of(entity.tags), List.of(entity.targetAudience), uri(entity.featuredImage), agenda, speakers,
                sponsors, entity.featured);
    }

    private static void copyLocation(EventLocation location, EventJpaEntity entity) {
        entity.locationType = location.type();
        Venue venue = location.venue();
        PostalAddress address = venue == null ? null : venue.address();
        entity.venueName = venue == null ? null : venue.name();
        entity.venueAddress = address == null ? null : new VenueAddressJson(address.street(), address.line2(),
                address.city(), address.state(), address.postalCode(), address.country());
        entity.venueCoordinates = venue == null ? null : GeographyPoints.toGeography(venue.coordinates());
        OnlineMeeting meeting = location.meeting();
        entity.meetingPlatform = meeting == null ? null : meeting.platform();
        entity.meetingUrl = meeting == null ? null : meeting.url().toString();
        entity.meetingId = meeting == null ? null : meeting.meetingId();
        entity.meetingPassword = meeting == null || meeting.password() == null ? null : meeting.password().value();
    }

    private static EventLocation location(EventJpaEntity entity) {
        VenueAddressJson a = entity.venueAddress;
        Venue venue = entity.venueName == null ? null : new Venue(entity.venueName,
                a == null ? null : new PostalAddress(a.street(), a.line2(), a.city(), a.state(), a.postalCode(),
                        a.country()),
                GeographyPoints.toGeoPoint(entity.venueCoordinates));
        OnlineMeeting meeting = entity.meetingUrl == null ? null : new OnlineMeeting(entity.meetingPlatform,
                URI.create(entity.meetingUrl), entity.meetingId,
                entity.meetingPassword == null ? null : new EncryptedSecret(entity.meetingPassword));
        return new EventLocation(entity.locationType, venue, meeting);
    }
}
