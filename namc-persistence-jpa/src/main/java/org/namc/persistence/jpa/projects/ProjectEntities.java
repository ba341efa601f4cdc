package org.namc.persistence.jpa.projects;

import java.util.List;

/** The JPA entities of this package, for the persistence unit; the entities themselves stay package-private. */
public final class ProjectEntities {
    private ProjectEntities() {
    }

    public static List<Class<?>> classes() {
        return List.of(ProjectJpaEntity.class, ApplicationJpaEntity.class, QualificationsJpaEntity.class);
    }
}
