package org.namc.persistence.jpa.learning;

import java.util.List;

/** The JPA entities of this package, for the persistence unit; the entities themselves stay package-private. */
public final class LearningEntities {
    private LearningEntities() {
    }

    public static List<Class<?>> classes() {
        return List.of(CourseJpaEntity.class, ModuleJpaEntity.class, LessonJpaEntity.class, EnrollmentJpaEntity.class,
                LessonProgressJpaEntity.class, AssessmentJpaEntity.class, AttemptJpaEntity.class,
                CertificateJpaEntity.class);
    }
}
