package org.namc.events.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Writes events as an iCalendar object (RFC 5545): CRLF line ends, lines folded at 75 octets
 * without splitting a UTF-8 character, TEXT values escaped. Event times are written in UTC
 * ({@code DTSTART:20260308T170000Z}); the event's IANA zone is named as a display hint by
 * {@code X-WR-TIMEZONE} when the calendar holds one zone. Local times with a {@code VTIMEZONE}
 * were tried and dropped: ical4j 4.0 turns a {@code VTIMEZONE}'s yearly {@code RRULE} into wrong
 * Java zone rules ({@code BYDAY=2SU} becomes "Sunday on or after the 2nd", at the wall time taken
 * as UTC) and misreads one-off observances, so events near daylight-saving changes moved by an
 * hour; UTC instants read the same in every parser.
 *
 * <p>A feed ({@link #feed}) lists many events for a calendar subscription ({@code webcal:}): each
 * event keeps its {@code UID} for ever and raises its {@code SEQUENCE} when it moves or is
 * cancelled, so subscribed calendars update it in place.
 */
public final class ICalendar {
    static final String CRLF = "\r\n";
    private static final int MAX_OCTETS = 75;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    /** How often a subscribed calendar should fetch a feed again. */
    private static final String REFRESH = "PT1H";

    private ICalendar() {
    }

    /**
     * @param stamp    when the object is produced ({@code DTSTAMP})
     * @param uidHost  the domain that makes {@code UID} globally unique, e.g. {@code portal.namc-norcal.org}
     */
    public static String export(Event event, Instant stamp, String uidHost) {
        return write(null, List.of(event), stamp, uidHost);
    }

    /** A calendar feed named {@code name} holding {@code events}, for subscription. */
    public static String feed(String name, List<Event> events, Instant stamp, String uidHost) {
        return write(name, events, stamp, uidHost);
    }

    private static String write(@Nullable String name, List<Event> events, Instant stamp, String uidHost) {
        List<String> lines = new ArrayList<>();
        lines.add("BEGIN:VCALENDAR");
        lines.add("VERSION:2.0");
        lines.add("PRODID:-//NAMC NorCal//Portal Core//EN");
        lines.add("CALSCALE:GREGORIAN");
        lines.add("METHOD:PUBLISH");
        if (name != null) {
            lines.add("NAME:" + text(name));
            lines.add("X-WR-CALNAME:" + text(name));
            lines.add("REFRESH-INTERVAL;VALUE=DURATION:" + REFRESH);
            lines.add("X-PUBLISHED-TTL:" + REFRESH);
        }
        List<ZoneId> zones = events.stream().map(e -> e.schedule().zone()).distinct().toList();
        if (zones.size() == 1) {
            lines.add("X-WR-TIMEZONE:" + zones.get(0).getId());
        }
        events.forEach(event -> event(lines, event, stamp, uidHost));
        lines.add("END:VCALENDAR");
        StringBuilder out = new StringBuilder();
        lines.forEach(line -> out.append(fold(line)).append(CRLF));
        return out.toString();
    }

    private static void event(List<String> lines, Event event, Instant stamp, String uidHost) {
        Schedule schedule = event.schedule();
        lines.add("BEGIN:VEVENT");
        lines.add("UID:" + event.id() + "@" + uidHost);
        lines.add("DTSTAMP:" + UTC.format(stamp));
        lines.add("DTSTART:" + UTC.format(schedule.start()));
        lines.add("DTEND:" + UTC.format(schedule.end()));
        lines.add("SUMMARY:" + text(event.details().title()));
        lines.add("DESCRIPTION:" + text(event.details().description()));
        String location = event.location().describe();
        if (!location.isEmpty()) {
            lines.add("LOCATION:" + text(location));
        }
        Venue venue = event.location().venue();
        if (venue != null && venue.coordinates() != null) {
            lines.add(String.format(Locale.ROOT, "GEO:%.6f;%.6f", venue.coordinates().latitude(),
                    venue.coordinates().longitude()));
        }
        List<String> categories = new ArrayList<>();
        categories.add(event.details().category().name());
        categories.addAll(event.details().tags());
        lines.add("CATEGORIES:" + String.join(",", categories.stream().map(ICalendar::text).toList()));
        lines.add("STATUS:" + status(event.status()));
        lines.add("SEQUENCE:" + event.calendarSequence());
        lines.add("CREATED:" + UTC.format(event.createdAt()));
        lines.add("LAST-MODIFIED:" + UTC.format(event.updatedAt()));
        lines.add("END:VEVENT");
    }

    /** Escapes a TEXT value: backslash, semicolon, comma and line breaks; other control characters are dropped. */
    public static String text(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\r' -> {
                    out.append("\\n");
                    if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\n' -> out.append("\\n");
                default -> {
                    if (c >= 0x20 && c != 0x7f || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Folds a content line: at most 75 octets per physical line, continuation lines start with one space. */
    public static String fold(String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= MAX_OCTETS) {
            return line;
        }
        StringBuilder out = new StringBuilder(line.length() + line.length() / 40 * 3);
        int lineOctets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int chars = Character.charCount(codePoint);
            int octets = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (lineOctets + octets > limit) {
                out.append(CRLF).append(' ');
                lineOctets = 1;
            }
            out.appendCodePoint(codePoint);
            lineOctets += octets;
            i += chars;
        }
        return out.toString();
    }

    private static String status(EventStatus status) {
        return switch (status) {
            case CANCELLED -> "CANCELLED";
            case DRAFT, POSTPONED -> "TENTATIVE";
            case PUBLISHED, COMPLETED -> "CONFIRMED";
        };
    }
}
