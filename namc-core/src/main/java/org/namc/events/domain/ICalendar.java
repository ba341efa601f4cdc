package org.namc.events.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes an event as an iCalendar object (RFC 5545): CRLF line ends, lines folded at 75 octets
 * without splitting a UTF-8 character, TEXT values escaped. Times are local with a
 * {@code TZID} and a {@code VTIMEZONE} describing the zone's offsets over the event; a zone
 * without daylight saving or other changes is written in UTC ({@code Z}) instead.
 */
public final class ICalendar {
    static final String CRLF = "\r\n";
    private static final int MAX_OCTETS = 75;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss", Locale.ROOT);
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private ICalendar() {
    }

    /**
     * @param stamp    when the object is produced ({@code DTSTAMP})
     * @param uidHost  the domain that makes {@code UID} globally unique, e.g. {@code portal.namc-norcal.org}
     */
    public static String export(Event event, Instant stamp, String uidHost) {
        Schedule schedule = event.schedule();
        ZoneId zone = schedule.zone();
        boolean utc = zone.getRules().isFixedOffset();
        List<String> lines = new ArrayList<>();
        lines.add("BEGIN:VCALENDAR");
        lines.add("VERSION:2.0");
        lines.add("PRODID:-//NAMC NorCal//Portal Core//EN");
        lines.add("CALSCALE:GREGORIAN");
        lines.add("METHOD:PUBLISH");
        if (!utc) {
            timeZone(lines, zone, schedule.start(), schedule.end());
        }
        lines.add("BEGIN:VEVENT");
        lines.add("UID:" + event.id() + "@" + uidHost);
        lines.add("DTSTAMP:" + UTC.format(stamp));
        lines.add(dateTime("DTSTART", schedule.start(), zone, utc));
        lines.add(dateTime("DTEND", schedule.end(), zone, utc));
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
        lines.add("SEQUENCE:" + event.version());
        lines.add("CREATED:" + UTC.format(event.createdAt()));
        lines.add("LAST-MODIFIED:" + UTC.format(event.updatedAt()));
        lines.add("END:VEVENT");
        lines.add("END:VCALENDAR");
        StringBuilder out = new StringBuilder();
        lines.forEach(line -> out.append(fold(line)).append(CRLF));
        return out.toString();
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

    private static String dateTime(String name, Instant instant, ZoneId zone, boolean utc) {
        return utc ? name + ":" + UTC.format(instant)
                : name + ";TZID=" + zone.getId() + ":" + LOCAL.format(LocalDateTime.ofInstant(instant, zone));
    }

    /** The zone's observances from the one in force at the start to the last change before the end. */
    private static void timeZone(List<String> lines, ZoneId zone, Instant start, Instant end) {
        ZoneRules rules = zone.getRules();
        lines.add("BEGIN:VTIMEZONE");
        lines.add("TZID:" + zone.getId());
        ZoneOffsetTransition inForce = rules.previousTransition(start.plusSeconds(1));
        if (inForce == null) {
            ZoneOffset offset = rules.getOffset(start);
            observance(lines, "STANDARD", LocalDateTime.of(1970, 1, 1, 0, 0), offset, offset);
        } else {
            transition(lines, rules, inForce);
        }
        ZoneOffsetTransition next = rules.nextTransition(start);
        while (next != null && next.getInstant().isBefore(end)) {
            transition(lines, rules, next);
            next = rules.nextTransition(next.getInstant());
        }
        lines.add("END:VTIMEZONE");
    }

    private static void transition(List<String> lines, ZoneRules rules, ZoneOffsetTransition t) {
        observance(lines, rules.isDaylightSavings(t.getInstant()) ? "DAYLIGHT" : "STANDARD", t.getDateTimeBefore(),
                t.getOffsetBefore(), t.getOffsetAfter());
    }

    private static void observance(List<String> lines, String kind, LocalDateTime startsAt, ZoneOffset from,
                                   ZoneOffset to) {
        lines.add("BEGIN:" + kind);
        lines.add("DTSTART:" + LOCAL.format(startsAt));
        lines.add("TZOFFSETFROM:" + offset(from));
        lines.add("TZOFFSETTO:" + offset(to));
        lines.add("END:" + kind);
    }

    static String offset(ZoneOffset offset) {
        int total = offset.getTotalSeconds();
        int abs = Math.abs(total);
        String text = String.format(Locale.ROOT, "%s%02d%02d", total < 0 ? "-" : "+", abs / 3600, abs / 60 % 60);
        return abs % 60 == 0 ? text : text + String.format(Locale.ROOT, "%02d", abs % 60);
    }

    private static String status(EventStatus status) {
        return switch (status) {
            case CANCELLED -> "CANCELLED";
            case DRAFT, POSTPONED -> "TENTATIVE";
            case PUBLISHED, COMPLETED -> "CONFIRMED";
        };
    }
}
