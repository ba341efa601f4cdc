package org.namc.persistence.jpa.audit;

import java.util.List;

/** The JPA entities of this package, for the persistence unit; the entities themselves stay package-private. */
public final class AuditEntities {
    private AuditEntities() {
    }

    public static List<Class<?>> classes() {
        return List.of(AuditLogJpaEntity.class, AuditLogArchiveJpaEntity.class);
    }
}
