package org.namc.billing.domain;

import java.time.ZonedDateTime;

/** How often a subscription bills: every month or every year. */
public enum BillingInterval {
    MONTHLY,
    YEARLY;

    /**
     * The anchor moved on by {@code periods} whole intervals, always counted from the anchor
     * itself so month ends do not drift: Jan 31 gives Feb 28 (29), then Mar 31, Apr 30.
     */
    public ZonedDateTime advance(ZonedDateTime anchor, long periods) {
        return this == MONTHLY ? anchor.plusMonths(periods) : anchor.plusYears(periods);
    }

    public String adjective() {
        return this == MONTHLY ? "monthly" : "yearly";
    }
}
