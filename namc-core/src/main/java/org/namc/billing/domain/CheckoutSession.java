package org.namc.billing.domain;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/** A hosted checkout page opened at the gateway: send the customer to {@code url} before {@code expiresAt}. */
public record CheckoutSession(String sessionId, URI url, Instant expiresAt) {
    public CheckoutSession {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
