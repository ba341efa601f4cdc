package org.namc.persistence.jpa.messaging;

import java.util.List;

/** The JPA entities of this package, for the persistence unit; the entities themselves stay package-private. */
public final class MessagingEntities {
    private MessagingEntities() {
    }

    public static List<Class<?>> classes() {
        return List.of(MessageJpaEntity.class, MemberBlockJpaEntity.class);
    }
}
