package org.namc.events.domain;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.DateTimeException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.NamcException;
import org.namc.shared.domain.Violations;

/**
 * When an event runs: start and end as instants, and the IANA time zone it is held in (the
 * zone its local times, calendar entries and reminders are shown in). The end is after the start.
 */
public record Schedule(Instant start, Instant end, ZoneId zone) {
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("America/Los_Angeles");

    public Schedule {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(zone, "zone");
        Violations.collect()
                .check(end.isAfter(start), "endsAt", "after", "must be after the start")
                .check(!(zone instanceof ZoneOffset), "timeZone", "iana", "must be an IANA region such as America/Los_Angeles")
                .throwIfAny();
    }

    /**
     * From the local times staff enter and the zone's IANA name. A local time that does not exist
     * in the zone (skipped by a daylight-saving change) is refused rather than shifted silently.
     */
    public static Schedule local(@Nullable LocalDateTime startsAt, @Nullable LocalDateTime endsAt,
                                 @Nullable String timeZone) {
        Violations v = Violations.collect().required(startsAt, "startsAt").required(endsAt, "endsAt");
        ZoneId zone = v.capture("timeZone", () -> zone(timeZone));
        if (zone != null) {
            v.check(startsAt == null || exists(startsAt, zone), "startsAt", "exists", "does not exist in " + zone
                    + " (a daylight-saving gap)");
            v.check(endsAt == null || exists(endsAt, zone), "endsAt", "exists", "does not exist in " + zone
                    + " (a daylight-saving gap)");
        }
        v.throwIfAny();
        Schedule schedule = v.capture("", () -> new Schedule(startsAt.atZone(zone).toInstant(),
                endsAt.atZone(zone).toInstant(), zone));
        v.throwIfAny();
        return schedule;
    }

    public static ZoneId zone(@Nullable String name) {
        if (name == null || name.isBlank() || !name.contains("/")) {
            throw NamcException.invalid("value", "iana", "must be an IANA time zone such as America/Los_Angeles");
        }
        try {
            return ZoneId.of(name.strip());
        } catch (DateTimeException e) {
            throw NamcException.invalid("value", "iana", "must be an IANA time zone such as America/Los_Angeles");
        }
    }

    private static boolean exists(LocalDateTime local, ZoneId zone) {
        return !zone.getRules().getValidOffsets(local).isEmpty();
    }

    public LocalDateTime localStart() {
        return LocalDateTime.ofInstant(start, zone);
    }

    public LocalDateTime localEnd() {
        return LocalDateTime.ofInstant(end, zone);
    }

    public boolean hasEndedAt(Instant now) {
        return !now.isBefore(end);
    }
}
