package org.namc.billing.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * When a subscription's periods fall: period {@code n} runs from the anchor moved on by
 * {@code n} intervals to the anchor moved on by {@code n + 1}, in the billing time zone. Counting
 * from the anchor each time keeps month-end anchors on the month's last day (Jan 31, Feb 28,
 * Mar 31) and Feb 29 anchors on Feb 28 in common years, back on Feb 29 in leap years; the
 * local time of day is kept across daylight-saving changes.
 */
public record BillingCycle(Instant anchor, ZoneId zone, BillingInterval interval) {
    public BillingCycle {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(interval, "interval");
    }

    public BillingPeriod period(long index) {
        if (index < 0) {
            throw new IllegalArgumentException("periods are counted from 0");
        }
        ZonedDateTime start = anchor.atZone(zone);
        return new BillingPeriod(interval.advance(start, index).toInstant(),
                interval.advance(start, index + 1).toInstant());
    }
}
