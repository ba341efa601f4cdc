package org.namc.persistence.jpa.insights;

import java.util.List;

/** The JPA entities of this package, for the persistence unit; the entities themselves stay package-private. */
public final class InsightsEntities {
    private InsightsEntities() {
    }

    public static List<Class<?>> classes() {
        return List.of(AiInteractionJpaEntity.class, AiModelJpaEntity.class);
    }
}
