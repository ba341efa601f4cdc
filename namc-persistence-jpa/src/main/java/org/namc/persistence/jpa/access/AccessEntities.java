package org.namc.persistence.jpa.access;

import java.util.List;

/** The JPA entities of this package, for the persistence unit; the entities themselves stay package-private. */
public final class AccessEntities {
    private AccessEntities() {
    }

    public static List<Class<?>> classes() {
        return List.of(RoleJpaEntity.class, PermissionJpaEntity.class, RolePermissionJpaEntity.class,
                RoleGrantJpaEntity.class);
    }
}
