package org.namc.billing.domain;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An event the payment gateway sent (a Stripe webhook), kept under its id so that it is applied
 * at most once. RECEIVED while being applied, then PROCESSED, IGNORED (a type the portal does not
 * act on) or FAILED with its attempts and last error, to be replayed.
 */
public record GatewayEvent(String id, String type, @Nullable String objectId, Status status, int attempts,
                           @Nullable String lastError, Instant receivedAt, Instant updatedAt) {

    public enum Status { RECEIVED, PROCESSED, IGNORED, FAILED }

    public GatewayEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (id.isBlank() || id.length() > 255 || type.isBlank() || type.length() > 100) {
            throw new IllegalArgumentException("an event has an id of 1 to 255 and a type of 1 to 100 characters");
        }
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts are not negative");
        }
    }

    public static GatewayEvent received(String id, String type, @Nullable String objectId, Instant now) {
        return new GatewayEvent(id, type, objectId, Status.RECEIVED, 1, null, now, now);
    }

    public GatewayEvent processed(Instant now) {
        return new GatewayEvent(id, type, objectId, Status.PROCESSED, attempts, null, receivedAt, now);
    }

    public GatewayEvent ignored(Instant now) {
        return new GatewayEvent(id, type, objectId, Status.IGNORED, attempts, null, receivedAt, now);
    }

    public GatewayEvent failed(String error, Instant now) {
        String shortened = error.length() > 1000 ? error.substring(0, 1000) : error;
        return new GatewayEvent(id, type, objectId, Status.FAILED, attempts, shortened, receivedAt, now);
    }

    /** Taken up again after a failure. */
    public GatewayEvent retried(Instant now) {
        return new GatewayEvent(id, type, objectId, Status.RECEIVED, attempts + 1, lastError, receivedAt, now);
    }
}
