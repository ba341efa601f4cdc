package org.namc.persistence.jpa.shared;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * The {@code created_at} and {@code updated_at} columns many rows have, both set from the core's
 * clock, never from a database default; {@code created_at} never changes after insert. The fields
 * are public because the entities and their mappers live in the packages of their contexts.
 */
@MappedSuperclass
public abstract class TimestampedRow {
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** For Hibernate. */
    protected TimestampedRow() {
    }

    protected TimestampedRow(Instant createdAt) {
        this.createdAt = createdAt;
    }
}
