package org.namc.billing.domain;

import java.util.Objects;

/**
 * Sent with every gateway call: the gateway answers a repeated key with its first answer and
 * does nothing twice. Keys are derived from what the call is for (an invoice's n-th attempt,
 * a refund's id), so re-running a use case after a crash repeats no charge.
 */
public record IdempotencyKey(String value) {
    public IdempotencyKey {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > 255) {
            throw new IllegalArgumentException("an idempotency key has 1 to 255 characters");
        }
    }

    public static IdempotencyKey of(String purpose, Object... parts) {
        StringBuilder key = new StringBuilder(purpose);
        for (Object part : parts) {
            key.append(':').append(part);
        }
        return new IdempotencyKey(key.toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
