package org.namc.billing.domain;

import java.util.Objects;

/**
 * A payment method being saved for later (a Stripe SetupIntent): the UI collects and
 * authenticates the card with the gateway's client library and {@code action}'s client secret;
 * the gateway then reports the saved method.
 */
public record SetupSession(String setupId, CustomerAction action) {
    public SetupSession {
        Objects.requireNonNull(setupId, "setupId");
        Objects.requireNonNull(action, "action");
    }
}
