package org.namc.events.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.namc.shared.domain.MemberId;

/**
 * Calendar files read right in other parsers: for events starting and ending around every
 * daylight-saving change of 2026 and 2027 in zones with unusual rules (a 30-minute change at Lord
 * Howe, a 45-minute offset at Chatham, Morocco's changes around Ramadan with no rule at all), in
 * the skipped hour's surroundings and in both passes of the repeated hour, ical4j 4 and biweekly
 * read from the exported feed exactly the instants java.time holds.
 */
class ICalendarParsersTest {
    private static final Instant NOW = Instant.parse("2026-01-02T00:00:00Z");
    private static final long[] MINUTES_FROM_CHANGE = {-120, -61, -60, -59, -31, -30, -1, 0, 1, 29, 30, 31, 59, 60, 61, 120};

    private static List<Event> eventsAroundChanges(ZoneId zone) {
        List<Event> events = new ArrayList<>();
        ZoneOffsetTransition change = zone.getRules().nextTransition(NOW);
        int serial = 0;
        while (change != null && change.getInstant().isBefore(Instant.parse("2028-01-01T00:00:00Z"))) {
            for (long minutes : MINUTES_FROM_CHANGE) {
                Instant start = change.getInstant().plus(Duration.ofMinutes(minutes));
                Instant end = start.plus(Duration.ofMinutes(serial % 2 == 0 ? 45 : 150));
                events.add(event(++serial, new Schedule(start, end, zone)));
            }
            change = zone.getRules().nextTransition(change.getInstant());
        }
        return events;
    }

    private static Event event(int serial, Schedule schedule) {
        EventDetails details = new EventDetails("Session " + serial, "Around a clock change", null,
                EventCategory.WORKSHOP, List.of(), List.of(), null, List.of(), List.of(), List.of(), false);
        return Event.draft(new EventId(new UUID(7, serial)), details, schedule, EventLocation.virtual(new OnlineMeeting("zoom", java.net.URI.create("https://zoom.example/j/1"), null, null)),
                RegistrationRules.open(), Pricing.free(), Visibility.PUBLIC, new MemberId(new UUID(1, 1)), NOW);
    }

    @ParameterizedTest
    @ValueSource(strings = {"America/Los_Angeles", "Australia/Lord_Howe", "Pacific/Chatham", "Africa/Casablanca"})
    void ical4jAndBiweeklyReadTheInstantsJavaTimeHolds(String zoneName) throws Exception {
        List<Event> events = eventsAroundChanges(ZoneId.of(zoneName));
        String feed = ICalendar.feed("Clock changes", events, NOW, "portal.example");

        List<Instant> expected = new ArrayList<>();
        events.forEach(e -> {
            expected.add(e.schedule().start());
            expected.add(e.schedule().end());
        });
        assertThat(events).hasSizeGreaterThan(30);
        assertThat(ical4j(feed)).as("ical4j").containsExactlyElementsOf(expected);
        assertThat(biweekly(feed)).as("biweekly").containsExactlyElementsOf(expected);
    }

    private static List<Instant> ical4j(String feed) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed));
        List<Instant> instants = new ArrayList<>();
        for (VEvent event : calendar.<VEvent>getComponents(Component.VEVENT)) {
            instants.add(instant(event.getStartDate().orElseThrow().getDate()));
            instants.add(instant(event.getEndDate().orElseThrow().getDate()));
        }
        return instants;
    }

    private static Instant instant(Temporal temporal) {
        if (temporal instanceof ZonedDateTime zoned) {
            return zoned.toInstant();
        }
        if (temporal instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return Instant.from(temporal);
    }

    private static List<Instant> biweekly(String feed) {
        biweekly.ICalendar calendar = biweekly.Biweekly.parse(feed).first();
        List<Instant> instants = new ArrayList<>();
        for (biweekly.component.VEvent event : calendar.getEvents()) {
            instants.add(event.getDateStart().getValue().toInstant());
            instants.add(event.getDateEnd().getValue().toInstant());
        }
        return instants;
    }
}
