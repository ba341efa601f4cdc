package org.namc.billing.domain;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import org.namc.shared.domain.Money;

/**
 * Opens a hosted checkout page for a one-off payment of {@code amount}: the customer pays there
 * and comes back to {@code successUrl} (or {@code cancelUrl}); the session lapses at
 * {@code expiresAt}. {@code payment} is the portal's payment id, kept with the session.
 */
public record CheckoutRequest(String customerId, Money amount, String description, String reference,
                              String payment, URI successUrl, URI cancelUrl, Instant expiresAt) {
    public CheckoutRequest {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(payment, "payment");
        Objects.requireNonNull(successUrl, "successUrl");
        Objects.requireNonNull(cancelUrl, "cancelUrl");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a checkout takes more than nothing");
        }
    }
}
