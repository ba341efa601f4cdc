package org.namc.notifications.domain;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import org.namc.shared.domain.NamcException;

/**
 * A daily span in the member's own time zone in which nothing but critical notifications may
 * buzz: {@code [start, end)}, wrapping past midnight when {@code end} is before {@code start}
 * (22:00 to 07:00).
 */
public record QuietHours(LocalTime start, LocalTime end) {
    public QuietHours {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (start.equals(end)) {
            throw NamcException.invalid("end", "different", "quiet hours must not start and end at the same time");
        }
    }

    public static QuietHours between(String start, String end) {
        return new QuietHours(LocalTime.parse(start), LocalTime.parse(end));
    }

    public boolean contains(Instant instant, ZoneId zone) {
        LocalTime local = instant.atZone(zone).toLocalTime();
        return wraps() ? !local.isBefore(start) || local.isBefore(end)
                : !local.isBefore(start) && local.isBefore(end);
    }

    /** The first instant at or after {@code instant} outside quiet hours. */
    public Instant nextAllowed(Instant instant, ZoneId zone) {
        if (!contains(instant, zone)) {
            return instant;
        }
        ZonedDateTime local = instant.atZone(zone);
        ZonedDateTime endToday = local.with(end);
        ZonedDateTime candidate = endToday.isAfter(local) ? endToday : endToday.plusDays(1).with(end);
        return candidate.toInstant();
    }

    private boolean wraps() {
        return end.isBefore(start);
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }
}
