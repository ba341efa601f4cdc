package org.namc.persistence.jpa.shared;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A {@link TimestampedRow} that also has the optimistic {@code version} column Hibernate checks
 * and bumps on every update, and that {@link RowWrites#saveVersioned} compares with the version
 * the caller read.
 */
@MappedSuperclass
public abstract class VersionedRow extends TimestampedRow {
    @Version
    @Column(name = "version", nullable = false)
    public long version;

    /** For Hibernate. */
    protected VersionedRow() {
    }

    protected VersionedRow(Instant createdAt) {
        super(createdAt);
    }
}
