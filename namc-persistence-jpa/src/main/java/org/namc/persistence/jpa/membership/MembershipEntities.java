package org.namc.persistence.jpa.membership;

import java.util.List;

/** The JPA entities of this package, for the persistence unit; the entities themselves stay package-private. */
public final class MembershipEntities {
    private MembershipEntities() {
    }

    public static List<Class<?>> classes() {
        return List.of(MemberJpaEntity.class, SecurityTokenJpaEntity.class);
    }
}
