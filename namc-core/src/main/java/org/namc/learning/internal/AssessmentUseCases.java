package org.namc.learning.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.namc.learning.AssessmentView;
import org.namc.learning.AttemptView;
import org.namc.learning.ConfigureAssessment;
import org.namc.learning.CreateAssessment;
import org.namc.learning.GradeEssays;
import org.namc.learning.QuestionDraft;
import org.namc.learning.ReviseQuestions;
import org.namc.learning.domain.Assessment;
import org.namc.learning.domain.AssessmentId;
import org.namc.learning.domain.AssessmentProfile;
import org.namc.learning.domain.AssessmentVersion;
import org.namc.learning.domain.Attempt;
import org.namc.learning.domain.Course;
import org.namc.learning.grading.GradeReport;
import org.namc.learning.grading.Grader;
import org.namc.learning.grading.Question;
import org.namc.learning.grading.QuestionId;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.Violations;
import org.namc.shared.internal.AuditScope;

/** Writing assessments (questions, versions, settings, publication) and grading essays. */
final class AssessmentUseCases {
    private final LearningContext ctx;
    private final CourseCompletion completion;

    AssessmentUseCases(LearningContext ctx, CourseCompletion completion) {
        this.ctx = ctx;
        this.completion = completion;
    }

    AssessmentView create(Actor actor, CreateAssessment command) {
        Violations violations = Violations.collect().required(command.courseId(), "courseId")
                .required(command.profile(), "profile").required(command.settings(), "settings")
                .required(command.questions(), "questions");
        List<Question> questions = command.questions() == null ? List.of()
                : questions(command.questions(), Set.of(), violations);
        ctx.validation().validate(command, violations);
        return ctx.unitOfWork().execute(actor, "assessment.create", LearningContext.ASSESSMENT, scope -> {
            Course course = ctx.loadCourse(command.courseId());
            ctx.requireOnCourse(actor, "update", course);
            Violations.collect()
                    .check(command.lessonId() == null || course.lesson(command.lessonId()).isPresent(), "lessonId",
                            "course-lesson", "must be a lesson of the course")
                    .throwIfAny();
            requireCategory(course, command.profile());
            Assessment assessment = Assessment.create(new AssessmentId(ctx.ids().newId()), course.id(),
                    command.lessonId(), command.profile(), command.settings(), questions, ctx.now());
            scope.resource(assessment.id()).changed("title", null, assessment.profile().title())
                    .changed("questionVersion", null, 1);
            return AssessmentView.of(ctx.assessments().save(assessment));
        });
    }

    AssessmentView reviseQuestions(Actor actor, ReviseQuestions command) {
        ctx.validation().validate(command, Violations.collect().required(command.assessmentId(), "assessmentId")
                .required(command.questions(), "questions"));
        return change(actor, command.assessmentId(), "update", "assessment.questions.revise", (assessment, scope) -> {
            Set<QuestionId> known = new HashSet<>();
            assessment.versions().forEach(v -> v.questions().forEach(q -> known.add(q.id())));
            Violations violations = Violations.collect();
            List<Question> questions = questions(command.questions(), known, violations);
            violations.throwIfAny();
            Assessment revised = assessment.revised(questions, ctx.now());
            scope.changed("questionVersion", assessment.currentVersion().number(), revised.currentVersion().number());
            return revised;
        });
    }

    AssessmentView configure(Actor actor, ConfigureAssessment command) {
        ctx.validation().validate(command, Violations.collect().required(command.assessmentId(), "assessmentId")
                .required(command.profile(), "profile").required(command.settings(), "settings"));
        return change(actor, command.assessmentId(), "update", "assessment.configure", (assessment, scope) -> {
            requireCategory(ctx.loadCourse(assessment.courseId()), command.profile());
            scope.changed("profile", assessment.profile(), command.profile())
                    .changed("settings", assessment.settings(), command.settings());
            return assessment.withProfile(command.profile(), ctx.now()).withSettings(command.settings(), ctx.now());
        });
    }

    AssessmentView publish(Actor actor, AssessmentId assessmentId) {
        Violations.collect().required(assessmentId, "assessmentId").throwIfAny();
        return change(actor, assessmentId, "publish", "assessment.publish", (assessment, scope) -> {
            scope.changed("published", false, true);
            return assessment.published(ctx.now());
        });
    }

    AssessmentView find(Actor actor, AssessmentId assessmentId) {
        Violations.collect().required(assessmentId, "assessmentId").throwIfAny();
        Assessment assessment = ctx.loadAssessment(assessmentId);
        ctx.requireOnCourse(actor, "update", ctx.loadCourse(assessment.courseId()));
        return AssessmentView.of(assessment);
    }

    List<AttemptView> submissions(Actor actor, AssessmentId assessmentId) {
        Violations.collect().required(assessmentId, "assessmentId").throwIfAny();
        Assessment assessment = ctx.loadAssessment(assessmentId);
        ctx.requireOnCourse(actor, "grade", ctx.loadCourse(assessment.courseId()));
        return ctx.attempts().listByAssessment(assessmentId).stream()
                .map(a -> AttemptView.of(a, assessment, ctx.now())).toList();
    }

    AttemptView gradeEssays(Actor actor, GradeEssays command) {
        ctx.validation().validate(command, Violations.collect().required(command.attemptId(), "attemptId")
                .required(command.points(), "points"));
        return ctx.unitOfWork().execute(actor, "attempt.essays.grade", LearningContext.ATTEMPT, scope -> {
            scope.resource(command.attemptId());
            Attempt attempt = ctx.loadAttempt(command.attemptId());
            Assessment assessment = ctx.loadAssessment(attempt.assessmentId());
            Course course = ctx.loadCourse(attempt.courseId());
            ctx.requireOnCourse(actor, "grade", course);
            Map<QuestionId, BigDecimal> points = new HashMap<>(attempt.reviewedPoints());
            points.putAll(command.points());
            GradeReport report = Grader.grade(assessment.gradingKey(attempt.gradedOnVersion()), attempt.answers(),
                    points);
            Attempt reviewed = ctx.attempts().save(attempt.reviewed(points, report, actor.memberId(), ctx.now()));
            scope.changed("status", attempt.status(), reviewed.status())
                    .changed("percent", attempt.grade() == null ? null : attempt.grade().percent(), report.percent())
                    .changed("passed", attempt.grade() == null ? null : attempt.grade().passed(), report.passed());
            completion.evaluate(reviewed.memberId(), course, scope);
            return AttemptView.of(reviewed, assessment, ctx.now());
        });
    }

    /**
     * Builds the questions of a version; a draft may keep the id of a question in {@code known}
     * (revising it), otherwise it gets a new one.
     */
    private List<Question> questions(List<QuestionDraft> drafts, Set<QuestionId> known, Violations violations) {
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            QuestionDraft draft = drafts.get(i);
            String field = "questions[" + i + "]";
            if (draft == null) {
                violations.required(null, field);
                continue;
            }
            violations.check(draft.keep() == null || known.contains(draft.keep()), field + ".keep", "known-question",
                    "must be a question of this assessment");
            QuestionId id = draft.keep() != null ? draft.keep() : new QuestionId(ctx.ids().newId());
            Question question = violations.capture(field, () -> new Question(id, draft.prompt(), draft.points(),
                    draft.spec(), draft.explanation()));
            if (question != null) {
                questions.add(question);
            }
        }
        if (violations.isEmpty()) {
            violations.capture("", () -> new AssessmentVersion(1, questions, ctx.now())); // distinct ids, limits
        }
        return questions;
    }

    private static void requireCategory(Course course, AssessmentProfile profile) {
        Violations.collect().check(course.grading().category(profile.category()).isPresent(), "profile.category",
                "grading-category", "must be one of the course's grading categories").throwIfAny();
    }

    private AssessmentView change(Actor actor, AssessmentId assessmentId, String permission, String action,
                                  AssessmentChange change) {
        return ctx.unitOfWork().execute(actor, action, LearningContext.ASSESSMENT, scope -> {
            scope.resource(assessmentId);
            Assessment assessment = ctx.loadAssessment(assessmentId);
            ctx.requireOnCourse(actor, permission, ctx.loadCourse(assessment.courseId()));
            return AssessmentView.of(ctx.assessments().save(change.apply(assessment, scope)));
        });
    }

    @FunctionalInterface
    private interface AssessmentChange {
        Assessment apply(Assessment assessment, AuditScope scope);
    }
}
