package org.namc.persistence.jpa.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.annotations.UuidGenerator;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;
import org.jspecify.annotations.Nullable;

/**
 * A row of {@code lesson_progress}. The core knows a record by member and lesson (the table's
 * unique key), so the surrogate id is generated here. {@code video_completed} stays unmapped:
 * the lesson's completion criteria decide, not the player.
 */
@Entity
@Table(name = "lesson_progress")
class LessonProgressJpaEntity {
    @Id
    @GeneratedValue
    @UuidGenerator
    @Column(name = "id", nullable = false, updatable = false)
    UUID id;

    @Column(name = "user_id", nullable = false, updatable = false)
    UUID userId;

    @Column(name = "lesson_id", nullable = false, updatable = false)
    UUID lessonId;

    @Column(name = "course_id", nullable = false, updatable = false)
    UUID courseId;

    @Column(name = "started_at", nullable = false)
    Instant startedAt;

    @Column(name = "completed_at")
    @Nullable Instant completedAt;

    @Column(name = "is_completed", nullable = false)
    boolean completed;

    @Column(name = "time_spent", nullable = false)
    long timeSpent;

    @Column(name = "video_progress", nullable = false)
    int videoProgress;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "watched_segments", nullable = false, columnDefinition = "jsonb")
    List<SegmentJson> watchedSegments;

    @Column(name = "notes")
    @Nullable String notes;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "bookmarks", nullable = false, columnDefinition = "jsonb")
    List<BookmarkJson> bookmarks;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    /** One element of {@code watched_segments}: seconds {@code from} (inclusive) to {@code to} (exclusive). */
    record SegmentJson(int from, int to) {
    }

    /** One element of {@code bookmarks}. */
    record BookmarkJson(int positionSeconds, String label) {
    }

    /** For Hibernate. */
    LessonProgressJpaEntity() {
    }

    LessonProgressJpaEntity(UUID userId, UUID lessonId, UUID courseId) {
        this.userId = userId;
        this.lessonId = lessonId;
        this.courseId = courseId;
    }
}
