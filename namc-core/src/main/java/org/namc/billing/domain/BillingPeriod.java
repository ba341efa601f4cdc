package org.namc.billing.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;

/** A half-open span of time {@code [start, end)} that one invoice line pays for. */
public record BillingPeriod(Instant start, Instant end) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.US);

    public BillingPeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("a period ends after it starts");
        }
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }

    /** Calendar days from the start's date to the end's date, in the billing time zone. */
    public long days(ZoneId zone) {
        return ChronoUnit.DAYS.between(startDate(zone), endDate(zone));
    }

    public LocalDate startDate(ZoneId zone) {
        return start.atZone(zone).toLocalDate();
    }

    public LocalDate endDate(ZoneId zone) {
        return end.atZone(zone).toLocalDate();
    }

    /** {@code Jan 15, 2026 – Feb 15, 2026} in the billing time zone. */
    public String describe(ZoneId zone) {
        return DAY.format(startDate(zone)) + " – " + DAY.format(endDate(zone));
    }
}
