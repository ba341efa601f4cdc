package org.namc.persistence.jpa.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A row of the partitioned {@code audit_logs} table: one live entry of the hash chain. Written
 * once, never updated. The table's primary key is (id, timestamp) because the partition key
 * must be part of it; the id alone is unique too, which is all Hibernate needs to know.
 */
@Entity
@Immutable
@Table(name = "audit_logs")
class AuditLogJpaEntity extends AuditRowColumns {

    /** For Hibernate. */
    AuditLogJpaEntity() {
    }
}
