package org.namc.events.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.namc.shared.domain.GeoPoint;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.PostalAddress;

class ICalendarTest {
    private static final Instant NOW = Instant.parse("2026-01-15T09:00:00Z");

    private static Event event(String title, String description, LocalDateTime start, LocalDateTime end, String zone) {
        EventDetails details = new EventDetails(title, description, null, EventCategory.WORKSHOP, List.of("bim", "safety"),
                List.of(), null, List.of(), List.of(), List.of(), false);
        EventLocation location = EventLocation.inPerson(new Venue("NAMC Hall", PostalAddress.us("1 Market St",
                "San Francisco", "CA", "94105"), GeoPoint.of(37.7937, -122.3965)));
        return Event.draft(new EventId(new UUID(3, 4)), details, Schedule.local(start, end, zone), location,
                RegistrationRules.open(), Pricing.free(), Visibility.PUBLIC, new MemberId(new UUID(1, 1)), NOW)
                .published(NOW);
    }

    @Test
    void escapesTextValues() {
        assertThat(ICalendar.text("a\\b;c,d\ne\r\nf\rg\u0007h")).isEqualTo("a\\\\b\\;c\\,d\\ne\\nf\\ngh");
    }

    @Test
    void foldsLinesAt75OctetsWithoutSplittingACharacter() {
        String line = "DESCRIPTION:" + "Señor ".repeat(30) + "€".repeat(40);

        String folded = ICalendar.fold(line);

        String[] physical = folded.split("\r\n");
        assertThat(physical.length).isGreaterThan(3);
        assertThat(physical).allSatisfy(p -> assertThat(p.getBytes(StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(75));
        assertThat(Arrays.stream(physical).skip(1)).allSatisfy(p -> assertThat(p).startsWith(" "));
        assertThat(folded.replace("\r\n ", "")).isEqualTo(line);
        assertThat(ICalendar.fold("SUMMARY:short")).isEqualTo("SUMMARY:short");
    }

    @Test
    void writesTheEventInUtcWithItsZoneAsAHint() {
        Event e = event("Safety; BIM, and more", "Line one\nLine two", LocalDateTime.of(2026, 3, 7, 18, 0),
                LocalDateTime.of(2026, 3, 8, 12, 0), "America/Los_Angeles");

        String ics = ICalendar.export(e, NOW, "portal.example");

        assertThat(ics).doesNotContain("\n\n").endsWith("\r\n").doesNotContain("VTIMEZONE", "TZID=");
        assertThat(ics.replace("\r\n", "\n").lines().toList()).contains(
                "UID:00000000-0000-0003-0000-000000000004@portal.example",
                "DTSTAMP:20260115T090000Z",
                "X-WR-TIMEZONE:America/Los_Angeles",
                "DTSTART:20260308T020000Z",
                "DTEND:20260308T190000Z",
                "SUMMARY:Safety\\; BIM\\, and more",
                "DESCRIPTION:Line one\\nLine two",
                "GEO:37.793700;-122.396500",
                "CATEGORIES:WORKSHOP,bim,safety",
                "STATUS:CONFIRMED",
                "SEQUENCE:0");
    }

    @Test
    void aFeedKeepsEachEventsUidAndRaisesItsSequenceWhenItMovesOrIsCancelled() {
        Event e = event("Webinar", "Online", LocalDateTime.of(2026, 5, 1, 9, 0), LocalDateTime.of(2026, 5, 1, 10, 0),
                "Etc/UTC");
        Event moved = e.rescheduled(Schedule.local(LocalDateTime.of(2026, 5, 2, 9, 0),
                LocalDateTime.of(2026, 5, 2, 10, 0), "Etc/UTC"), NOW);
        Event cancelled = moved.cancelled("speaker ill", NOW);
        Event registered = cancelled.withCounts(RegistrationCounts.NONE, NOW);

        String feed = ICalendar.feed("NAMC events", List.of(moved), NOW, "portal.example");

        assertThat(feed).contains("NAME:NAMC events\r\n", "X-WR-CALNAME:NAMC events\r\n",
                "REFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n", "UID:00000000-0000-0003-0000-000000000004@portal.example\r\n",
                "DTSTART:20260502T090000Z\r\n", "SEQUENCE:1\r\n");
        assertThat(List.of(e, moved, cancelled, registered)).extracting(Event::calendarSequence)
                .containsExactly(0, 1, 2, 2);
        assertThat(ICalendar.feed("NAMC events", List.of(cancelled), NOW, "portal.example"))
                .contains("STATUS:CANCELLED\r\n", "SEQUENCE:2\r\n");
    }
}
