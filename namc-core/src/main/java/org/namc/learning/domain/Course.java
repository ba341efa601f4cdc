package org.namc.learning.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.namc.learning.grading.CourseGrading;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.NamcException;

/**
 * A course with its modules and lessons in order. Immutable: every change returns a new
 * instance. Order indexes are positions in lists, so reordering and removal keep them dense;
 * the counts and the duration are derived from the content, so they are always true. They
 * count what a learner gets: published lessons of published modules.
 *
 * <p>A published course always holds at least one published module with a published lesson:
 * publishing checks it, and no later change may take the last one away.
 */
public final class Course {
    public static final int MAX_MODULES = 100;

    private final CourseId id;
    private final CourseDetails details;
    private final List<CourseModule> modules;
    private final CourseGrading grading;
    private final @Nullable MemberId ownerId;
    private final @Nullable Instant publishedAt;
    private final Instant createdAt;
    private final Instant updatedAt;
    private final long rowVersion;

    private Course(CourseId id, CourseDetails details, List<CourseModule> modules, CourseGrading grading,
                   @Nullable MemberId ownerId, @Nullable Instant publishedAt, Instant createdAt, Instant updatedAt,
                   long rowVersion) {
        this.id = Objects.requireNonNull(id, "id");
        this.details = Objects.requireNonNull(details, "details");
        this.modules = List.copyOf(modules);
        this.grading = Objects.requireNonNull(grading, "grading");
        this.ownerId = ownerId;
        this.publishedAt = publishedAt;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        this.rowVersion = rowVersion;
        if (publishedAt != null && !hasPublishableContent()) {
            throw NamcException.refused(LearningRefusal.COURSE_INCOMPLETE, "a published course must keep at least one published module with a "
                    + "published lesson; unpublish the course first");
        }
    }

    /** A new draft course with the standard grading. {@code owner} is the instructor who may edit it. */
    public static Course create(CourseId id, CourseDetails details, @Nullable MemberId owner, Instant now) {
        return new Course(id, details, List.of(), CourseGrading.standard(), owner, null, now, now, 0);
    }

    /** Rebuilds a stored course; for adapters only. */
    public static Course restore(CourseId id, CourseDetails details, List<CourseModule> modules, CourseGrading grading,
                                 @Nullable MemberId ownerId, @Nullable Instant publishedAt, Instant createdAt,
                                 Instant updatedAt, long rowVersion) {
        return new Course(id, details, modules, grading, ownerId, publishedAt, createdAt, updatedAt, rowVersion);
    }

    public Course withDetails(CourseDetails newDetails, Instant now) {
        return new Course(id, newDetails, modules, grading, ownerId, publishedAt, createdAt, now, rowVersion);
    }

    public Course withGrading(CourseGrading newGrading, Instant now) {
        return new Course(id, details, modules, newGrading, ownerId, publishedAt, createdAt, now, rowVersion);
    }

    public Course withModuleAdded(ModuleId moduleId, ModuleContent content, Instant now) {
        if (modules.size() >= MAX_MODULES) {
            throw NamcException.refused(LearningRefusal.COURSE_FULL, "a course holds at most " + MAX_MODULES + " modules");
        }
        if (module(moduleId).isPresent()) {
            throw NamcException.refused(LearningRefusal.MODULE_EXISTS, "module " + moduleId + " already exists");
        }
        List<CourseModule> changed = new ArrayList<>(modules);
        changed.add(new CourseModule(moduleId, content, List.of(), false, false));
        return withModules(changed, now);
    }

    public Course withModuleRevised(ModuleId moduleId, ModuleContent content, Instant now) {
        return changeModule(moduleId, m -> m.withContent(content), now);
    }

    public Course withModuleVisibility(ModuleId moduleId, boolean published, boolean preview, Instant now) {
        return changeModule(moduleId, m -> m.withVisibility(published, preview), now);
    }

    public Course withoutModule(ModuleId moduleId, Instant now) {
        CourseModule removed = requireModule(moduleId);
        List<CourseModule> changed = new ArrayList<>(modules);
        changed.remove(removed);
        return withModules(changed, now);
    }

    /** Puts the modules in the given order, which must name every module exactly once. */
    public Course withModulesOrdered(List<ModuleId> order, Instant now) {
        requirePermutation(order, modules.stream().map(CourseModule::id).toList(), "moduleIds");
        return withModules(order.stream().map(this::requireModule).toList(), now);
    }

    public Course withLessonAdded(ModuleId moduleId, LessonId lessonId, LessonContent content, Instant now) {
        if (lesson(lessonId).isPresent()) {
            throw NamcException.refused(LearningRefusal.LESSON_EXISTS, "lesson " + lessonId + " already exists");
        }
        return changeModule(moduleId, m -> {
            if (m.lessons().size() >= CourseModule.MAX_LESSONS) {
                throw NamcException.refused(LearningRefusal.COURSE_FULL, "a module holds at most " + CourseModule.MAX_LESSONS + " lessons");
            }
            List<Lesson> lessons = new ArrayList<>(m.lessons());
            lessons.add(new Lesson(lessonId, content, false, false));
            return m.withLessons(lessons);
        }, now);
    }

    public Course withLessonRevised(LessonId lessonId, LessonContent content, Instant now) {
        return changeLesson(lessonId, l -> l.withContent(content), now);
    }

    public Course withLessonVisibility(LessonId lessonId, boolean published, boolean preview, Instant now) {
        return changeLesson(lessonId, l -> l.withVisibility(published, preview), now);
    }

    public Course withoutLesson(LessonId lessonId, Instant now) {
        CourseModule holder = moduleOf(lessonId).orElseThrow(() -> NamcException.notFound("lesson", lessonId));
        return changeModule(holder.id(), m -> m.withLessons(
                m.lessons().stream().filter(l -> !l.id().equals(lessonId)).toList()), now);
    }

    /** Puts a module's lessons in the given order, which must name each of them exactly once. */
    public Course withLessonsOrdered(ModuleId moduleId, List<LessonId> order, Instant now) {
        CourseModule module = requireModule(moduleId);
        requirePermutation(order, module.lessons().stream().map(Lesson::id).toList(), "lessonIds");
        return changeModule(moduleId, m -> m.withLessons(order.stream()
                .map(lessonId -> m.lesson(lessonId).orElseThrow()).toList()), now);
    }

    public Course published(Instant now) {
        if (publishedAt != null) {
            throw NamcException.refused(LearningRefusal.COURSE_ALREADY_PUBLISHED, "course " + id + " is already published");
        }
        if (!hasPublishableContent()) {
            throw NamcException.refused(LearningRefusal.COURSE_INCOMPLETE, "a course publishes only with at least one published module holding "
                    + "a published lesson");
        }
        return new Course(id, details, modules, grading, ownerId, now, createdAt, now, rowVersion);
    }

    public Course unpublished(Instant now) {
        if (publishedAt == null) {
            throw NamcException.refused(LearningRefusal.COURSE_NOT_PUBLISHED, "course " + id + " is not published");
        }
        return new Course(id, details, modules, grading, ownerId, null, createdAt, now, rowVersion);
    }

    /** The same course at the row version a store just wrote. */
    public Course atRowVersion(long storedVersion) {
        return new Course(id, details, modules, grading, ownerId, publishedAt, createdAt, updatedAt, storedVersion);
    }

    public boolean hasPublishableContent() {
        return modules.stream().anyMatch(m -> m.published() && !m.publishedLessons().isEmpty());
    }

    /** Published lessons of published modules, in course order: what a learner works through. */
    public List<Lesson> visibleLessons() {
        return modules.stream().filter(CourseModule::published).flatMap(m -> m.publishedLessons().stream()).toList();
    }

    /** The visible lessons that count towards progress and completion. */
    public List<Lesson> requiredLessons() {
        return visibleLessons().stream().filter(l -> l.content().required()).toList();
    }

    public boolean isVisible(LessonId lessonId) {
        return visibleLessons().stream().anyMatch(l -> l.id().equals(lessonId));
    }

    /** A visible lesson anyone may open without enrolling: it, or its module, is a preview. */
    public boolean isPreview(LessonId lessonId) {
        return modules.stream().filter(CourseModule::published)
                .anyMatch(m -> m.publishedLessons().stream()
                        .anyMatch(l -> l.id().equals(lessonId) && (l.preview() || m.preview())));
    }

    public int moduleCount() {
        return (int) modules.stream().filter(CourseModule::published).count();
    }

    public int lessonCount() {
        return visibleLessons().size();
    }

    public int totalDurationMinutes() {
        return modules.stream().filter(CourseModule::published).mapToInt(CourseModule::durationMinutes).sum();
    }

    public Optional<CourseModule> module(ModuleId moduleId) {
        return modules.stream().filter(m -> m.id().equals(moduleId)).findFirst();
    }

    public Optional<CourseModule> moduleOf(LessonId lessonId) {
        return modules.stream().filter(m -> m.lesson(lessonId).isPresent()).findFirst();
    }

    public Optional<Lesson> lesson(LessonId lessonId) {
        return modules.stream().flatMap(m -> m.lesson(lessonId).stream()).findFirst();
    }

    private CourseModule requireModule(ModuleId moduleId) {
        return module(moduleId).orElseThrow(() -> NamcException.notFound("module", moduleId));
    }

    private Course changeModule(ModuleId moduleId, UnaryOperator<CourseModule> change, Instant now) {
        CourseModule current = requireModule(moduleId);
        return withModules(modules.stream().map(m -> m == current ? change.apply(m) : m).toList(), now);
    }

    private Course changeLesson(LessonId lessonId, UnaryOperator<Lesson> change, Instant now) {
        CourseModule holder = moduleOf(lessonId).orElseThrow(() -> NamcException.notFound("lesson", lessonId));
        return changeModule(holder.id(), m -> m.withLessons(m.lessons().stream()
                .map(l -> l.id().equals(lessonId) ? change.apply(l) : l).toList()), now);
    }

    private Course withModules(List<CourseModule> changed, Instant now) {
        return new Course(id, details, changed, grading, ownerId, publishedAt, createdAt, now, rowVersion);
    }

    private static <T> void requirePermutation(List<T> order, List<T> existing, String field) {
        if (order.size() != existing.size() || !new HashSet<>(order).equals(new HashSet<>(existing))) {
            throw NamcException.invalid(field, "permutation", "must name every existing item exactly once");
        }
    }

    public CourseId id() {
        return id;
    }

    public CourseDetails details() {
        return details;
    }

    public List<CourseModule> modules() {
        return modules;
    }

    public CourseGrading grading() {
        return grading;
    }

    public @Nullable MemberId ownerId() {
        return ownerId;
    }

    public @Nullable Instant publishedAt() {
        return publishedAt;
    }

    public boolean isPublished() {
        return publishedAt != null;
    }

    public boolean isFree() {
        return details.isFree();
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
