package org.namc.learning.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.namc.learning.AddLesson;
import org.namc.learning.AddModule;
import org.namc.learning.AddedPart;
import org.namc.learning.CourseSummary;
import org.namc.learning.CourseView;
import org.namc.learning.CreateCourse;
import org.namc.learning.RemoveCourseContent;
import org.namc.learning.ReorderLessons;
import org.namc.learning.ReorderModules;
import org.namc.learning.ReviseCourse;
import org.namc.learning.ReviseLesson;
import org.namc.learning.ReviseModule;
import org.namc.learning.SetCourseGrading;
import org.namc.learning.SetVisibility;
import org.namc.learning.domain.Assessment;
import org.namc.learning.domain.CompletionCriteria;
import org.namc.learning.domain.Course;
import org.namc.learning.domain.CourseId;
import org.namc.learning.domain.CourseQuery;
import org.namc.learning.domain.LessonContent;
import org.namc.learning.domain.LessonId;
import org.namc.learning.domain.ModuleId;
import org.namc.learning.grading.GradingCategory;
import org.namc.shared.authorization.Permission;
import org.namc.shared.authorization.ResourceRef;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;
import org.namc.shared.domain.Violations;
import org.namc.shared.internal.AuditScope;

/** Courses, their modules and lessons, their grading, and the catalogue. */
final class CatalogueUseCases {
    private final LearningContext ctx;

    CatalogueUseCases(LearningContext ctx) {
        this.ctx = ctx;
    }

    CourseView create(Actor actor, CreateCourse command) {
        ctx.validation().validate(command, Violations.collect().required(command.details(), "details"));
        return ctx.unitOfWork().execute(actor, "course.create", LearningContext.COURSE, scope -> {
            ctx.authorizer().require(actor, Permission.of(LearningContext.COURSE, "create"),
                    ResourceRef.any(LearningContext.COURSE));
            MemberId owner = command.owner() != null ? command.owner() : actor.memberId();
            if (owner != null) {
                ctx.loadMember(owner);
            }
            Course course = Course.create(new CourseId(ctx.ids().newId()), command.details(), owner, ctx.now());
            scope.resource(course.id()).changed("title", null, course.details().title()).changed("owner", null, owner);
            return ctx.view(ctx.courses().save(course), true);
        });
    }

    CourseView revise(Actor actor, ReviseCourse command) {
        ctx.validation().validate(command, Violations.collect().required(command.courseId(), "courseId")
                .required(command.details(), "details"));
        return change(actor, command.courseId(), "update", "course.revise", (course, scope) -> {
            scope.changed("details", course.details(), command.details());
            return course.withDetails(command.details(), ctx.now());
        });
    }

    AddedPart addModule(Actor actor, AddModule command) {
        ctx.validation().validate(command, Violations.collect().required(command.courseId(), "courseId")
                .required(command.content(), "content"));
        ModuleId moduleId = new ModuleId(ctx.ids().newId());
        CourseView view = change(actor, command.courseId(), "update", "course.module.add", (course, scope) -> {
            scope.changed("module", null, moduleId + " " + command.content().title());
            return course.withModuleAdded(moduleId, command.content(), ctx.now());
        });
        return new AddedPart(moduleId.value(), view);
    }

    CourseView reviseModule(Actor actor, ReviseModule command) {
        ctx.validation().validate(command, Violations.collect().required(command.courseId(), "courseId")
                .required(command.moduleId(), "moduleId").required(command.content(), "content"));
        return change(actor, command.courseId(), "update", "course.module.revise", (course, scope) -> {
            scope.changed("module[" + command.moduleId() + "]", course.module(command.moduleId())
                    .map(m -> m.content()).orElse(null), command.content());
            return course.withModuleRevised(command.moduleId(), command.content(), ctx.now());
        });
    }

    AddedPart addLesson(Actor actor, AddLesson command) {
        ctx.validation().validate(command, Violations.collect().required(command.courseId(), "courseId")
                .required(command.moduleId(), "moduleId").required(command.content(), "content"));
        LessonId lessonId = new LessonId(ctx.ids().newId());
        CourseView view = change(actor, command.courseId(), "update", "course.lesson.add", (course, scope) -> {
            requireOwnAssessment(course, command.content());
            scope.changed("lesson", null, lessonId + " " + command.content().title());
            return course.withLessonAdded(command.moduleId(), lessonId, command.content(), ctx.now());
        });
        return new AddedPart(lessonId.value(), view);
    }

    CourseView reviseLesson(Actor actor, ReviseLesson command) {
        ctx.validation().validate(command, Violations.collect().required(command.courseId(), "courseId")
                .required(command.lessonId(), "lessonId").required(command.content(), "content"));
        return change(actor, command.courseId(), "update", "course.lesson.revise", (course, scope) -> {
            requireOwnAssessment(course, command.content());
            scope.changed("lesson[" + command.lessonId() + "]", course.lesson(command.lessonId())
                    .map(l -> l.content().title()).orElse(null), command.content().title());
            return course.withLessonRevised(command.lessonId(), command.content(), ctx.now());
        });
    }

    CourseView removeContent(Actor actor, RemoveCourseContent command) {
        ctx.validation().validate(command, Violations.collect().required(command.courseId(), "courseId")
                .required(command.partId(), "partId"));
        return change(actor, command.courseId(), "update", "course.content.remove", (course, scope) -> {
            ModuleId moduleId = new ModuleId(command.partId());
            scope.changed("removed", command.partId(), null);
            return course.module(moduleId).isPresent() ? course.withoutModule(moduleId, ctx.now())
                    : course.withoutLesson(new LessonId(command.partId()), ctx.now());
        });
    }

    CourseView reorderModules(Actor actor, ReorderModules command) {
        ctx.validation().validate(command, Violations.collect().required(command.courseId(), "courseId")
                .required(command.moduleIds(), "moduleIds"));
        return change(actor, command.courseId(), "update", "course.modules.reorder", (course, scope) -> {
            scope.changed("moduleOrder", course.modules().stream().map(m -> m.id().toString()).toList(),
                    command.moduleIds().stream().map(ModuleId::toString).toList());
            return course.withModulesOrdered(command.moduleIds(), ctx.now());
        });
    }

    CourseView reorderLessons(Actor actor, ReorderLessons command) {
        ctx.validation().validate(command, Violations.collect().required(command.courseId(), "courseId")
                .required(command.moduleId(), "moduleId").required(command.lessonIds(), "lessonIds"));
        return change(actor, command.courseId(), "update", "course.lessons.reorder", (course, scope) -> {
            scope.changed("lessonOrder[" + command.moduleId() + "]", null,
                    command.lessonIds().stream().map(LessonId::toString).toList());
            return course.withLessonsOrdered(command.moduleId(), command.lessonIds(), ctx.now());
        });
    }

    CourseView setVisibility(Actor actor, SetVisibility command) {
        ctx.validation().validate(command, Violations.collect().required(command.courseId(), "courseId")
                .required(command.partId(), "partId"));
        return change(actor, command.courseId(), "update", "course.visibility.set", (course, scope) -> {
            ModuleId moduleId = new ModuleId(command.partId());
            scope.changed("part[" + command.partId() + "]", null,
                    (command.published() ? "published" : "draft") + (command.preview() ? ", preview" : ""));
            return course.module(moduleId).isPresent()
                    ? course.withModuleVisibility(moduleId, command.published(), command.preview(), ctx.now())
                    : course.withLessonVisibility(new LessonId(command.partId()), command.published(),
                    command.preview(), ctx.now());
        });
    }

    CourseView setGrading(Actor actor, SetCourseGrading command) {
        ctx.validation().validate(command, Violations.collect().required(command.courseId(), "courseId")
                .required(command.grading(), "grading"));
        return change(actor, command.courseId(), "update", "course.grading.set", (course, scope) -> {
            Set<String> offered = command.grading().categories().stream().map(GradingCategory::name)
                    .map(name -> name.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
            List<String> orphaned = ctx.assessments().listByCourse(course.id()).stream()
                    .map(a -> a.profile().category()).filter(c -> !offered.contains(c.toLowerCase(Locale.ROOT))).distinct()
                    .toList();
            Violations.collect().check(orphaned.isEmpty(), "grading.categories", "covers-assessments",
                    "must keep the categories assessments use: " + orphaned).throwIfAny();
            scope.changed("grading", course.grading(), command.grading());
            return course.withGrading(command.grading(), ctx.now());
        });
    }

    CourseView publish(Actor actor, CourseId courseId) {
        Violations.collect().required(courseId, "courseId").throwIfAny();
        return change(actor, courseId, "publish", "course.publish", (course, scope) -> {
            scope.changed("published", false, true);
            return course.published(ctx.now());
        });
    }

    CourseView unpublish(Actor actor, CourseId courseId) {
        Violations.collect().required(courseId, "courseId").throwIfAny();
        return change(actor, courseId, "publish", "course.unpublish", (course, scope) -> {
            scope.changed("published", true, false);
            return course.unpublished(ctx.now());
        });
    }

    CourseView find(Actor actor, CourseId courseId) {
        Violations.collect().required(courseId, "courseId").throwIfAny();
        Course course = ctx.loadCourse(courseId);
        if (course.isPublished()) {
            ctx.requireOnCourse(actor, "read-catalogue", course);
            return ctx.view(course, ctx.mayOnCourse(actor, "update", course));
        }
        ctx.requireOnCourse(actor, "update", course);
        return ctx.view(course, true);
    }

    Page<CourseSummary> catalogue(Actor actor, CourseQuery query, PageRequest page) {
        Violations.collect().required(query, "query").required(page, "page").throwIfAny();
        if (query.publishedOnly()) {
            ctx.authorizer().require(actor, Permission.of(LearningContext.COURSE, "read-catalogue"),
                    ResourceRef.any(LearningContext.COURSE));
        } else {
            // Drafts: an instructor lists their own, staff anyone's.
            ctx.authorizer().require(actor, Permission.of(LearningContext.COURSE, "update"),
                    new ResourceRef(LearningContext.COURSE, null, query.owner()));
        }
        return ctx.courses().search(query, page).map(CourseSummary::of);
    }

    /** A lesson completed by passing an assessment must name one of this course's assessments. */
    private void requireOwnAssessment(Course course, LessonContent content) {
        if (content.completion() instanceof CompletionCriteria.AssessmentPassed passed) {
            boolean ours = ctx.assessments().findById(passed.assessmentId()).map(Assessment::courseId)
                    .filter(course.id()::equals).isPresent();
            Violations.collect().check(ours, "content.completion.assessmentId", "course-assessment",
                    "must be an assessment of this course").throwIfAny();
        }
    }

    /** Loads, checks {@code course:<permission>} on it, applies one change, saves, audits. */
    private CourseView change(Actor actor, CourseId courseId, String permission, String action, CourseChange change) {
        return ctx.unitOfWork().execute(actor, action, LearningContext.COURSE, scope -> {
            scope.resource(courseId);
            Course course = ctx.loadCourse(courseId);
            ctx.requireOnCourse(actor, permission, course);
            return ctx.view(ctx.courses().save(change.apply(course, scope)), true);
        });
    }

    @FunctionalInterface
    private interface CourseChange {
        Course apply(Course course, AuditScope scope);
    }
}
