package org.namc.shared.domain;

import java.time.Instant;

/** A half-open span of time {@code [from, to)} that a report or export covers. */
public record ReportingPeriod(Instant from, Instant to) {

    public ReportingPeriod {
        Violations.collect().required(from, "from").required(to, "to").throwIfAny();
        Violations.collect().check(from.isBefore(to), "to", "after-from", "must be after from").throwIfAny();
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(from) && instant.isBefore(to);
    }
}
