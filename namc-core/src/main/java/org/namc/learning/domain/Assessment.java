package org.namc.learning.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.namc.learning.grading.GradingKey;
import org.namc.learning.grading.Question;
import org.namc.shared.domain.NamcException;

/**
 * An assessment of a course, optionally attached to a lesson, with every version of its
 * questions. New attempts are taken on the current (latest) version; earlier versions stay
 * so that attempts on them can be shown and regraded.
 */
public final class Assessment {
    private final AssessmentId id;
    private final CourseId courseId;
    private final @Nullable LessonId lessonId;
    private final AssessmentProfile profile;
    private final AssessmentSettings settings;
    private final List<AssessmentVersion> versions;
    private final @Nullable Instant publishedAt;
    private final Instant createdAt;
    private final Instant updatedAt;
    private final long rowVersion;

    private Assessment(AssessmentId id, CourseId courseId, @Nullable LessonId lessonId, AssessmentProfile profile,
                       AssessmentSettings settings, List<AssessmentVersion> versions, @Nullable Instant publishedAt,
                       Instant createdAt, Instant updatedAt, long rowVersion) {
        this.id = Objects.requireNonNull(id, "id");
        this.courseId = Objects.requireNonNull(courseId, "courseId");
        this.lessonId = lessonId;
        this.profile = Objects.requireNonNull(profile, "profile");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.versions = List.copyOf(versions);
        this.publishedAt = publishedAt;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        this.rowVersion = rowVersion;
        for (int i = 0; i < this.versions.size(); i++) {
            if (this.versions.get(i).number() != i + 1) {
                throw new IllegalArgumentException("versions must be numbered 1, 2, 3, ... in order");
            }
        }
        if (this.versions.isEmpty()) {
            throw new IllegalArgumentException("an assessment has at least one version");
        }
    }

    /** A new, unpublished assessment whose questions are version 1. */
    public static Assessment create(AssessmentId id, CourseId courseId, @Nullable LessonId lessonId,
                                    AssessmentProfile profile, AssessmentSettings settings, List<Question> questions,
                                    Instant now) {
        return new Assessment(id, courseId, lessonId, profile, settings,
                List.of(new AssessmentVersion(1, questions, now)), null, now, now, 0);
    }

    /** Rebuilds a stored assessment; for adapters only. */
    public static Assessment restore(AssessmentId id, CourseId courseId, @Nullable LessonId lessonId,
                                     AssessmentProfile profile, AssessmentSettings settings,
                                     List<AssessmentVersion> versions, @Nullable Instant publishedAt,
                                     Instant createdAt, Instant updatedAt, long rowVersion) {
        return new Assessment(id, courseId, lessonId, profile, settings, versions, publishedAt, createdAt, updatedAt,
                rowVersion);
    }

    /** Adds a version with these questions; it becomes the current one. */
    public Assessment revised(List<Question> questions, Instant now) {
        if (currentVersion().questions().equals(questions)) {
            throw NamcException.refused(LearningRefusal.STALE_QUESTIONS, "the questions are those of version " + currentVersion().number());
        }
        List<AssessmentVersion> more = new ArrayList<>(versions);
        more.add(new AssessmentVersion(versions.size() + 1, questions, now));
        return new Assessment(id, courseId, lessonId, profile, settings, more, publishedAt, createdAt, now,
                rowVersion);
    }

    public Assessment withProfile(AssessmentProfile newProfile, Instant now) {
        return new Assessment(id, courseId, lessonId, newProfile, settings, versions, publishedAt, createdAt, now,
                rowVersion);
    }

    public Assessment withSettings(AssessmentSettings newSettings, Instant now) {
        return new Assessment(id, courseId, lessonId, profile, newSettings, versions, publishedAt, createdAt, now,
                rowVersion);
    }

    public Assessment published(Instant now) {
        if (publishedAt != null) {
            throw NamcException.refused(LearningRefusal.ASSESSMENT_ALREADY_PUBLISHED, "assessment " + id + " is already published");
        }
        return new Assessment(id, courseId, lessonId, profile, settings, versions, now, createdAt, now, rowVersion);
    }

    public Assessment atRowVersion(long storedVersion) {
        return new Assessment(id, courseId, lessonId, profile, settings, versions, publishedAt, createdAt, updatedAt,
                storedVersion);
    }

    public AssessmentVersion currentVersion() {
        return versions.get(versions.size() - 1);
    }

    public Optional<AssessmentVersion> version(int number) {
        return number >= 1 && number <= versions.size() ? Optional.of(versions.get(number - 1)) : Optional.empty();
    }

    /** The key of {@code versionNumber} with the current passing score. */
    public GradingKey gradingKey(int versionNumber) {
        AssessmentVersion version = version(versionNumber)
                .orElseThrow(() -> NamcException.notFound("assessment version", id + " v" + versionNumber));
        return version.gradingKey(settings.passingPercent());
    }

    public boolean isPublished() {
        return publishedAt != null;
    }

    public AssessmentId id() {
        return id;
    }

    public CourseId courseId() {
        return courseId;
    }

    public @Nullable LessonId lessonId() {
        return lessonId;
    }

    public AssessmentProfile profile() {
        return profile;
    }

    public AssessmentSettings settings() {
        return settings;
    }

    public List<AssessmentVersion> versions() {
        return versions;
    }

    public @Nullable Instant publishedAt() {
        return publishedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long rowVersion() {
        return rowVersion;
    }
}
