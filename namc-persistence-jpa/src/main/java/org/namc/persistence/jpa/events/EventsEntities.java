package org.namc.persistence.jpa.events;

import java.util.List;

/** The JPA entities of this package, for the persistence unit; the entities themselves stay package-private. */
public final class EventsEntities {
    private EventsEntities() {
    }

    public static List<Class<?>> classes() {
        return List.of(EventJpaEntity.class, RegistrationJpaEntity.class);
    }
}
