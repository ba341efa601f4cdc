package org.namc.architecture.violations.alpha.domain;

import java.time.Instant;

/** An aggregate: a public transition returning a changed copy of itself as of an instant. */
public record Ticket(boolean used, Instant changedAt) {
    public Ticket used(Instant now) {
        return new Ticket(true, now);
    }
}
