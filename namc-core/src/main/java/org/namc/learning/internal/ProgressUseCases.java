package org.namc.learning.internal;

import org.namc.shared.domain.ViolationRule;
import org.namc.learning.domain.LearningRefusal;
import java.util.List;
import java.util.function.UnaryOperator;
import org.namc.learning.AnnotateLesson;
import org.namc.learning.LessonProgressView;
import org.namc.learning.LessonView;
import org.namc.learning.OpenLesson;
import org.namc.learning.TrackLesson;
import org.namc.learning.domain.Bookmark;
import org.namc.learning.domain.Course;
import org.namc.learning.domain.CourseId;
import org.namc.learning.domain.Enrollment;
import org.namc.learning.domain.Lesson;
import org.namc.learning.domain.LessonId;
import org.namc.learning.domain.LessonProgress;
import org.namc.learning.domain.WatchedSegments;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.NamcException;
import org.namc.shared.domain.Violations;
import org.namc.shared.internal.AuditScope;

/**
 * What a learner does in a lesson: open it, spend time in it, watch its video, take notes and
 * set bookmarks. Each change checks the lesson's completion criteria and, through
 * {@link CourseCompletion}, the course's.
 */
final class ProgressUseCases {
    private final LearningContext ctx;
    private final CourseCompletion completion;

    ProgressUseCases(LearningContext ctx, CourseCompletion completion) {
        this.ctx = ctx;
        this.completion = completion;
    }

    LessonView open(Actor actor, OpenLesson command) {
        ctx.validation().validate(command, Violations.collect().required(command.courseId(), "courseId")
                .required(command.lessonId(), "lessonId"));
        MemberId member = command.memberId();
        if (member == null || !ctx.mayLearn(actor, "update", member, command.courseId())) {
            return preview(actor, command);
        }
        return ctx.unitOfWork().execute(actor, "lesson.open", LearningContext.COURSE, scope -> {
            scope.resource(command.lessonId());
            Course course = ctx.loadCourse(command.courseId());
            Lesson lesson = visibleLesson(course, command.lessonId());
            Enrollment enrollment = ctx.enrollments().find(member, course.id()).orElse(null);
            boolean preview = course.isPreview(lesson.id());
            if ((enrollment == null || !enrollment.hasAccessAt(ctx.now())) && preview) {
                return previewOf(course, lesson);
            }
            LessonProgressView progress = record(course, lesson, ctx.requireAccess(member, course.id()), scope,
                    UnaryOperator.identity());
            return new LessonView(course.id(), course.moduleOf(lesson.id()).orElseThrow().id(), lesson.id(),
                    lesson.content(), preview, progress);
        });
    }

    /** A preview lesson, for anyone who may browse the catalogue; nothing is recorded. */
    private LessonView preview(Actor actor, OpenLesson command) {
        Course course = ctx.loadCourse(command.courseId());
        ctx.requireOnCourse(actor, "read-catalogue", course);
        Lesson lesson = visibleLesson(course, command.lessonId());
        if (!course.isPreview(lesson.id())) {
            throw NamcException.refused(LearningRefusal.LESSON_NOT_PREVIEW, "lesson " + lesson.id() + " is not a preview; enrol to open it");
        }
        return previewOf(course, lesson);
    }

    private static LessonView previewOf(Course course, Lesson lesson) {
        return new LessonView(course.id(), course.moduleOf(lesson.id()).orElseThrow().id(), lesson.id(),
                lesson.content(), true, null);
    }

    LessonProgressView track(Actor actor, TrackLesson command) {
        Violations violations = Violations.collect().required(command.memberId(), "memberId")
                .required(command.courseId(), "courseId").required(command.lessonId(), "lessonId")
                .check(command.timeSpentSeconds() >= 0 && command.timeSpentSeconds() <= 86_400, "timeSpentSeconds",
                        ViolationRule.RANGE, "must be between 0 and 86400")
                .check((command.watchedFrom() == null) == (command.watchedTo() == null), "watchedTo", "paired",
                        "watchedFrom and watchedTo come together");
        WatchedSegments.Segment played = command.watchedFrom() == null || command.watchedTo() == null ? null
                : violations.capture("watched", () -> new WatchedSegments.Segment(command.watchedFrom(),
                command.watchedTo()));
        ctx.validation().validate(command, violations);
        return change(actor, command.memberId(), command.courseId(), command.lessonId(), "lesson.track",
                (lesson, progress) -> {
                    Integer length = lesson.content().videoSeconds();
                    if (played != null && (length == null || played.to() > length)) {
                        throw NamcException.invalid("watchedTo", "within-video", "must not pass the end of the video");
                    }
                    return progress.tracked(command.timeSpentSeconds(), played);
                });
    }

    LessonProgressView annotate(Actor actor, AnnotateLesson command) {
        ctx.validation().validate(command, Violations.collect().required(command.memberId(), "memberId")
                .required(command.courseId(), "courseId").required(command.lessonId(), "lessonId")
                .required(command.bookmarks(), "bookmarks")
                .maxLength(command.notes(), "notes", LessonProgress.MAX_NOTES_LENGTH));
        List<Bookmark> bookmarks = command.bookmarks();
        return change(actor, command.memberId(), command.courseId(), command.lessonId(), "lesson.annotate",
                (lesson, progress) -> progress.withNotes(command.notes()).withBookmarks(bookmarks));
    }

    private LessonProgressView change(Actor actor, MemberId member,
                                      CourseId courseId,
                                      LessonId lessonId, String action, ProgressChange change) {
        return ctx.unitOfWork().execute(actor, action, LearningContext.COURSE, scope -> {
            scope.resource(lessonId);
            Course course = ctx.loadCourse(courseId);
            ctx.requireLearner(actor, "update", member, courseId);
            Lesson lesson = visibleLesson(course, lessonId);
            return record(course, lesson, ctx.requireAccess(member, courseId), scope,
                    progress -> change.apply(lesson, progress));
        });
    }

    /** Starts the lesson if need be, applies the change, completes what the criteria say, saves. */
    private LessonProgressView record(Course course, Lesson lesson, Enrollment enrollment, AuditScope scope,
                                      UnaryOperator<LessonProgress> change) {
        MemberId member = enrollment.memberId();
        LessonProgress before = ctx.progress().find(member, lesson.id())
                .orElseGet(() -> LessonProgress.start(member, course.id(), lesson.id(), ctx.now()));
        LessonProgress after = change.apply(before);
        if (lesson.content().completion().isMetBy(after, lesson.content().videoSeconds(),
                completion.passedAssessments(member, course))) {
            after = after.completedAt(ctx.now());
        }
        LessonProgress saved = ctx.progress().save(after);
        scope.changed("completedAt", before.completedAt(), saved.completedAt())
                .changed("timeSpentSeconds", before.timeSpentSeconds(), saved.timeSpentSeconds())
                .changed("watchedSeconds", before.watched().totalSeconds(), saved.watched().totalSeconds());
        ctx.enrollments().save(enrollment.accessed(ctx.now()));
        completion.evaluate(member, course, scope);
        return LessonProgressView.of(ctx.progress().find(member, lesson.id()).orElseThrow());
    }

    private static Lesson visibleLesson(Course course, LessonId lessonId) {
        return course.lesson(lessonId).filter(l -> course.isVisible(l.id()))
                .orElseThrow(() -> NamcException.notFound("lesson", lessonId));
    }

    @FunctionalInterface
    private interface ProgressChange {
        LessonProgress apply(Lesson lesson, LessonProgress progress);
    }
}
