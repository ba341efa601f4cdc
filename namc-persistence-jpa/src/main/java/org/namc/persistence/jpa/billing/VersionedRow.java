package org.namc.persistence.jpa.billing;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The columns every versioned billing row has: creation and change times (from the core's
 * clock, never a database default) and the optimistic {@code version} that {@link VersionedSaves} checks.
 */
@MappedSuperclass
abstract class VersionedRow {
    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    /** For Hibernate. */
    VersionedRow() {
    }

    VersionedRow(Instant createdAt) {
        this.createdAt = createdAt;
    }
}
