package org.namc.billing.domain;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Finds a charge at the gateway to learn its current state: by the gateway's payment id when the
 * portal recorded it, else by the portal's {@code payment} id kept with the charge, among the
 * customer's charges made since {@code since}.
 */
public record ChargeLookup(@Nullable String customerId, @Nullable String gatewayPaymentId, String payment,
                           IdempotencyKey key, Instant since) {
    public ChargeLookup {
        Objects.requireNonNull(payment, "payment");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(since, "since");
        if (customerId == null && gatewayPaymentId == null) {
            throw new IllegalArgumentException("a lookup needs the customer or the gateway's payment id");
        }
    }
}
