package org.namc.testing.contract;

import org.namc.shared.domain.CommonRefusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.testing.assertions.NamcExceptionAssert.assertThatNamcException;
import static org.namc.testing.data.EventBuilder.anEvent;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.namc.events.domain.Event;
import org.namc.events.domain.EventId;
import org.namc.events.domain.EventStatus;
import org.namc.events.domain.RegistrationCounts;
import org.namc.events.domain.Visibility;
import org.namc.events.spi.Events;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.PageRequest;

/** What every {@link Events} adapter must do. */
public abstract class EventsContract {
    protected static final Instant NOW = Instant.parse("2026-02-01T10:00:00Z");
    private static final MemberId STAFF = new MemberId(UUID.fromString("0190a5e0-0000-7000-8000-0000000000aa"));

    /** An empty store. */
    protected abstract Events events();

    private Event newEvent(int daysAhead) {
        return anEvent().withCapacity(50).startingDaysAfter(NOW, daysAhead).event(new EventId(UUID.randomUUID()), STAFF,
                NOW);
    }

    @Test
    void keepsEveryFieldThroughARoundTripAndCountsVersions() {
        Event event = newEvent(10);
        Event saved = events().save(event);
        Event loaded = events().findById(event.id()).orElseThrow();

        assertThat(saved.version()).isZero();
        assertThat(loaded).isEqualTo(saved);
        Event published = events().save(loaded.published(NOW).withCounts(new RegistrationCounts(3, 1, 2), NOW)
                .tookWaitlistTicket(NOW));
        assertThat(published.version()).isEqualTo(1);
        Event reloaded = events().findById(event.id()).orElseThrow();
        assertThat(reloaded.status()).isEqualTo(EventStatus.PUBLISHED);
        assertThat(reloaded.counts()).isEqualTo(new RegistrationCounts(3, 1, 2));
        assertThat(reloaded.nextWaitlistTicket()).isEqualTo(2);
        assertThat(reloaded.details()).isEqualTo(event.details());
        assertThat(reloaded.schedule()).isEqualTo(event.schedule());
        assertThat(reloaded.location()).isEqualTo(event.location());
    }

    @Test
    void refusesAStaleVersion() {
        Event saved = events().save(newEvent(10));
        events().save(saved.published(NOW));

        assertThatNamcException(() -> events().save(saved.cancelled("stale", NOW))).hasReason(CommonRefusal.CONCURRENT_CHANGE);
        assertThat(events().findById(saved.id()).orElseThrow().status()).isEqualTo(EventStatus.PUBLISHED);
    }

    @Test
    void listsEventsStartingFromAnInstantSoonestFirstByStatusAndVisibility() {
        Event later = events().save(newEvent(20).published(NOW));
        Event sooner = events().save(newEvent(5).published(NOW));
        events().save(newEvent(7));
        Event membersOnly = events().save(anEvent().visibleTo(Visibility.MEMBERS_ONLY).startingDaysAfter(NOW, 6)
                .event(new EventId(UUID.randomUUID()), STAFF, NOW).published(NOW));

        var page = events().startingFrom(NOW, EnumSet.of(EventStatus.PUBLISHED), EnumSet.of(Visibility.PUBLIC),
                PageRequest.first(10));
        assertThat(page.items()).extracting(Event::id).containsExactly(sooner.id(), later.id());
        assertThat(events().startingFrom(NOW, EnumSet.of(EventStatus.PUBLISHED), EnumSet.allOf(Visibility.class),
                PageRequest.first(10)).items()).extracting(Event::id)
                .containsExactly(sooner.id(), membersOnly.id(), later.id());
        assertThat(events().startingFrom(NOW.plus(Duration.ofDays(10)), EnumSet.of(EventStatus.PUBLISHED),
                EnumSet.allOf(Visibility.class), PageRequest.first(10)).items()).extracting(Event::id)
                .containsExactly(later.id());
    }
}
