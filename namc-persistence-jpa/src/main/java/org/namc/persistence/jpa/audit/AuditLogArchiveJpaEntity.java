package org.namc.persistence.jpa.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A row of {@code audit_logs_archive}: an entry archival moved out of the live trail, still a
 * link of the chain. Only read; rows arrive by SQL ({@code INSERT ... SELECT *} from audit_logs).
 */
@Entity
@Immutable
@Table(name = "audit_logs_archive")
class AuditLogArchiveJpaEntity extends AuditRowColumns {

    /** For Hibernate. */
    AuditLogArchiveJpaEntity() {
    }
}
