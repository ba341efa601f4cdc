package org.namc.persistence.jpa.learning;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.namc.learning.domain.Course;
import org.namc.learning.domain.CourseDetails;
import org.namc.learning.domain.CourseId;
import org.namc.learning.domain.CourseModule;
import org.namc.learning.domain.Lesson;
import org.namc.learning.domain.LessonContent;
import org.namc.learning.domain.LessonId;
import org.namc.learning.domain.ModuleContent;
import org.namc.learning.domain.ModuleId;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Money;

/**
 * Copies between the core's {@link Course} and its rows in {@code courses}, {@code course_modules}
 * and {@code lessons}. Positions in the core's lists become {@code order_index}; a module or
 * lesson row gets a new {@code updated_at} only when something in it changed.
 */
final class CourseMapper {
    private static final String[] NONE = new String[0];

    private CourseMapper() {
    }

    static CourseJpaEntity newEntity(Course course) {
        CourseJpaEntity entity = new CourseJpaEntity(course.id().value(),
                course.ownerId() == null ? null : course.ownerId().value(), course.createdAt());
        copyInto(course, entity);
        return entity;
    }

    /** Everything but the id, the owner, the creation time and the version. */
    static void copyInto(Course course, CourseJpaEntity entity) {
        CourseDetails d = course.details();
        entity.title = d.title();
        entity.description = d.description();
        entity.shortDescription = d.shortDescription();
        entity.instructorName = d.instructorName();
        entity.category = d.category();
        entity.tags = d.tags().toArray(NONE);
        entity.level = d.level();
        entity.language = d.language();
        entity.price = d.price().amount();
        entity.currency = d.price().currency().getCurrencyCode();
        entity.accessDuration = d.accessDays();
        entity.certificateValidDays = d.certificateValidDays();
        entity.totalDuration = course.totalDurationMinutes();
        entity.published = course.isPublished();
        entity.publicationDate = course.publishedAt();
        entity.grading = CourseGradingJson.of(course.grading());
        entity.updatedAt = course.updatedAt();
        copyModules(course, entity);
    }

    static Course toDomain(CourseJpaEntity entity) {
        CourseDetails details = new CourseDetails(entity.title, entity.description, entity.shortDescription,
                entity.instructorName, entity.category, entity.level, List.of(entity.tags), entity.language,
                Money.of(entity.price, Currency.getInstance(entity.currency)), entity.accessDuration,
                entity.certificateValidDays);
        List<CourseModule> modules = entity.modules.stream().map(CourseMapper::module).toList();
        return Course.restore(new CourseId(entity.id), details, modules, entity.grading.toDomain(),
                entity.createdBy == null ? null : new MemberId(entity.createdBy), entity.publicationDate,
                entity.createdAt, entity.updatedAt, entity.version);
    }

    private static void copyModules(Course course, CourseJpaEntity entity) {
        Map<UUID, ModuleJpaEntity> stored = byId(entity.modules, m -> m.id);
        List<ModuleJpaEntity> ordered = new ArrayList<>();
        for (CourseModule module : course.modules()) {
            ModuleJpaEntity found = stored.get(module.id().value());
            ModuleJpaEntity row = found != null ? found
                    : new ModuleJpaEntity(module.id().value(), entity, course.updatedAt());
            List<Object> previous = moduleState(row);
            row.title = module.content().title();
            row.description = module.content().description();
            row.orderIndex = ordered.size();
            row.duration = module.durationMinutes();
            row.published = module.published();
            row.preview = module.preview();
            touchIfChanged(previous, moduleState(row), course.updatedAt(), t -> row.updatedAt = t);
            copyLessons(module, row, course.updatedAt());
            ordered.add(row);
        }
        entity.modules.clear();
        entity.modules.addAll(ordered);
    }

    private static void copyLessons(CourseModule module, ModuleJpaEntity row, Instant now) {
        Map<UUID, LessonJpaEntity> stored = byId(row.lessons, l -> l.id);
        List<LessonJpaEntity> ordered = new ArrayList<>();
        for (Lesson lesson : module.lessons()) {
            LessonJpaEntity found = stored.get(lesson.id().value());
            LessonJpaEntity l = found != null ? found : new LessonJpaEntity(lesson.id().value(), row, now);
            List<Object> previous = lessonState(l);
            LessonContent c = lesson.content();
            l.title = c.title();
            l.description = c.description();
            l.content = c.body();
            l.type = c.type();
            l.videoUrl = c.videoUrl() == null ? null : c.videoUrl().toString();
            l.videoDuration = c.videoSeconds();
            l.orderIndex = ordered.size();
            l.estimatedDuration = c.estimatedMinutes();
            l.published = lesson.published();
            l.preview = lesson.preview();
            l.required = c.required();
            l.completionCriteria = CompletionCriteriaJson.of(c.completion());
            touchIfChanged(previous, lessonState(l), now, t -> l.updatedAt = t);
            ordered.add(l);
        }
        row.lessons.clear();
        row.lessons.addAll(ordered);
    }

    private static CourseModule module(ModuleJpaEntity row) {
        return new CourseModule(new ModuleId(row.id), new ModuleContent(row.title, row.description),
                row.lessons.stream().map(CourseMapper::lesson).toList(), row.published, row.preview);
    }

    private static Lesson lesson(LessonJpaEntity row) {
        LessonContent content = new LessonContent(row.title, row.description, row.type, row.content,
                row.videoUrl == null ? null : URI.create(row.videoUrl), row.videoDuration,
                row.estimatedDuration == null ? 0 : row.estimatedDuration, row.completionCriteria.toDomain(),
                row.required);
        return new Lesson(new LessonId(row.id), content, row.published, row.preview);
    }

    private static List<Object> moduleState(ModuleJpaEntity m) {
        return Arrays.asList(m.title, m.description, m.orderIndex, m.duration, m.published, m.preview);
    }

    private static List<Object> lessonState(LessonJpaEntity l) {
        return Arrays.asList(l.title, l.description, l.content, l.type, l.videoUrl, l.videoDuration,
                l.orderIndex, l.estimatedDuration, l.published, l.preview, l.required, l.completionCriteria);
    }

    private static void touchIfChanged(List<Object> before, List<Object> after, Instant now,
                                       Consumer<Instant> touch) {
        if (!Objects.equals(before, after)) {
            touch.accept(now);
        }
    }

    private static <T> Map<UUID, T> byId(List<T> rows, Function<T, UUID> id) {
        return rows.stream().collect(Collectors.toMap(id, Function.identity()));
    }
}
