package org.namc.architecture.violations.alpha.domain;

/** A value object: it derives copies without a clock; naming one in an API is legal. */
public record TicketNumber(int value) {
    public TicketNumber next() {
        return new TicketNumber(value + 1);
    }
}
