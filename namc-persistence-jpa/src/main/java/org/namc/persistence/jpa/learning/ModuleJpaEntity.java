package org.namc.persistence.jpa.learning;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.namc.persistence.jpa.shared.TimestampedRow;

/** A row of {@code course_modules}: its position in the course is {@code order_index}. */
@Entity
@Table(name = "course_modules")
class ModuleJpaEntity extends TimestampedRow {
    @Id
    @Column(name = "id", nullable = false, updatable = false)
    UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id", nullable = false, updatable = false)
    CourseJpaEntity course;

    @Column(name = "title", nullable = false)
    String title;

    @Column(name = "description")
    @Nullable String description;

    @Column(name = "order_index", nullable = false)
    int orderIndex;

    @Column(name = "duration", nullable = false)
    int duration;

    @Column(name = "is_published", nullable = false)
    boolean published;

    @Column(name = "is_preview", nullable = false)
    boolean preview;

    @OneToMany(mappedBy = "module", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("orderIndex")
    List<LessonJpaEntity> lessons = new ArrayList<>();

    /** For Hibernate. */
    ModuleJpaEntity() {
    }

    ModuleJpaEntity(UUID id, CourseJpaEntity course, Instant createdAt) {
        this.id = id;
        this.course = course;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }
}
