package org.namc.shared.domain;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What one use case did: who, to what, when, with which changes, and whether it succeeded.
 * Values of secret fields are already redacted when a record is built.
 */
public record AuditRecord(Instant occurredAt, Actor actor, String action, String resourceType,
                          @Nullable String resourceId, Outcome outcome, @Nullable ErrorCode error,
                          Map<String, Change> changes) {

    public enum Outcome { SUCCESS, FAILURE }

    /** One field's value before and after, as text; {@code null} where it had none. */
    public record Change(@Nullable String before, @Nullable String after) {
    }

    public AuditRecord {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(resourceType, "resourceType");
        Objects.requireNonNull(outcome, "outcome");
        changes = Collections.unmodifiableMap(new LinkedHashMap<>(changes)); // keeps the order of the changes
    }
}
