package org.namc.learning.internal;

import org.namc.learning.domain.LearningRefusal;
import java.util.List;
import java.util.Map;
import org.namc.learning.AttemptView;
import org.namc.learning.SaveAnswers;
import org.namc.learning.StartAttempt;
import org.namc.learning.SubmissionResult;
import org.namc.learning.SubmitAttempt;
import org.namc.learning.domain.Assessment;
import org.namc.learning.domain.AssessmentId;
import org.namc.learning.domain.Attempt;
import org.namc.learning.domain.AttemptId;
import org.namc.learning.domain.AttemptRules;
import org.namc.learning.domain.AttemptStatus;
import org.namc.learning.domain.AttemptWindow;
import org.namc.learning.domain.Course;
import org.namc.learning.domain.CourseId;
import org.namc.learning.domain.SubmissionPolicy;
import org.namc.learning.domain.SubmissionTiming;
import org.namc.learning.grading.Answer;
import org.namc.learning.grading.CourseGrade;
import org.namc.learning.grading.Grader;
import org.namc.learning.grading.QuestionId;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.NamcException;
import org.namc.shared.domain.Violations;

/** Taking assessments: starting, saving and submitting attempts, and reading attempts and grades. */
final class AttemptUseCases {
    /** Concurrent starts collide on the attempt number; a re-run sees the winner and counts again. */
    private static final int START_RETRIES = 3;

    private final LearningContext ctx;
    private final AttemptSettlement settlement;
    private final CourseCompletion completion;

    AttemptUseCases(LearningContext ctx, AttemptSettlement settlement, CourseCompletion completion) {
        this.ctx = ctx;
        this.settlement = settlement;
        this.completion = completion;
    }

    AttemptView start(Actor actor, StartAttempt command) {
        ctx.validation().validate(command, Violations.collect().required(command.memberId(), "memberId")
                .required(command.assessmentId(), "assessmentId"));
        MemberId learner = command.memberId();
        return ctx.unitOfWork().execute(actor, "attempt.start", LearningContext.ATTEMPT, START_RETRIES, scope -> {
            Assessment assessment = ctx.loadAssessment(command.assessmentId());
            Course course = ctx.loadCourse(assessment.courseId());
            ctx.requireLearner(actor, "update", learner, course.id());
            ctx.requireAccess(learner, course.id());
            List<Attempt> previous = settlement.settle(ctx.attempts().listFor(assessment.id(), learner), assessment,
                    scope);
            AttemptRules.checkStart(assessment, previous, ctx.now());
            Attempt attempt = Attempt.start(new AttemptId(ctx.ids().newId()), assessment.id(), course.id(), learner,
                    previous.size() + 1, assessment.currentVersion().number(),
                    assessment.settings().windowFor(ctx.now()), ctx.random().nextLong());
            Attempt saved = ctx.attempts().save(attempt);
            scope.resource(saved.id()).changed("number", null, saved.number())
                    .changed("deadline", null, saved.window().effectiveDeadline());
            completion.evaluate(learner, course, scope); // a settled attempt may have passed
            return AttemptView.of(saved, assessment, ctx.now());
        });
    }

    AttemptView save(Actor actor, SaveAnswers command) {
        ctx.validation().validate(command, Violations.collect().required(command.attemptId(), "attemptId")
                .required(command.answers(), "answers"));
        AttemptView result = ctx.unitOfWork().execute(actor, "attempt.save", LearningContext.ATTEMPT, scope -> {
            scope.resource(command.attemptId());
            Attempt attempt = ctx.loadAttempt(command.attemptId());
            Assessment assessment = ctx.loadAssessment(attempt.assessmentId());
            ctx.requireLearner(actor, "update", attempt.memberId(), attempt.courseId());
            Attempt settled = settlement.settle(List.of(attempt), assessment, scope).get(0);
            if (settled != attempt) {
                completion.evaluate(attempt.memberId(), ctx.loadCourse(attempt.courseId()), scope);
                scope.refused(ErrorCode.ILLEGAL_STATE);
                return null; // closed by the rules: that commits, then the save is refused
            }
            requireFit(assessment, attempt, command.answers());
            Attempt saved = ctx.attempts().save(attempt.saved(command.answers(), ctx.now()));
            scope.changed("answered", attempt.answers().size(), saved.answers().size());
            return AttemptView.of(saved, assessment, ctx.now());
        });
        if (result == null) {
            throw NamcException.refused(LearningRefusal.ATTEMPT_CLOSED, "attempt " + command.attemptId() + " ran past its deadline and was closed");
        }
        return result;
    }

    SubmissionResult submit(Actor actor, SubmitAttempt command) {
        ctx.validation().validate(command, Violations.collect().required(command.attemptId(), "attemptId")
                .required(command.answers(), "answers"));
        return ctx.unitOfWork().execute(actor, "attempt.submit", LearningContext.ATTEMPT, scope -> {
            scope.resource(command.attemptId());
            Attempt attempt = ctx.loadAttempt(command.attemptId());
            Assessment assessment = ctx.loadAssessment(attempt.assessmentId());
            ctx.requireLearner(actor, "update", attempt.memberId(), attempt.courseId());
            if (!attempt.isInProgress()) {
                throw NamcException.refused(LearningRefusal.ATTEMPT_CLOSED, "attempt " + attempt.id() + " is " + attempt.status()
                        + "; it was already submitted or closed");
            }
            if (attempt.window().phaseAt(ctx.now()) != AttemptWindow.Phase.OVERDUE) {
                requireFit(assessment, attempt, command.answers());
            }
            Attempt ended = ctx.attempts().save(SubmissionPolicy.submit(attempt, assessment, command.answers(),
                    ctx.now()));
            scope.changed("status", attempt.status(), ended.status()).changed("timing", null, ended.timing());
            if (ended.grade() != null) {
                scope.changed("percent", null, ended.grade().percent()).changed("passed", null, ended.grade().passed());
            }
            completion.evaluate(ended.memberId(), ctx.loadCourse(ended.courseId()), scope);
            return outcome(ended, assessment);
        });
    }

    List<AttemptView> attempts(Actor actor, MemberId memberId, AssessmentId assessmentId) {
        Violations.collect().required(memberId, "memberId").required(assessmentId, "assessmentId").throwIfAny();
        Assessment assessment = ctx.loadAssessment(assessmentId);
        ctx.requireLearnerOrGrader(actor, memberId, ctx.loadCourse(assessment.courseId()));
        return ctx.attempts().listFor(assessmentId, memberId).stream()
                .map(a -> AttemptView.of(a, assessment, ctx.now())).toList();
    }

    CourseGrade courseGrade(Actor actor, MemberId memberId, CourseId courseId) {
        Violations.collect().required(memberId, "memberId").required(courseId, "courseId").throwIfAny();
        Course course = ctx.loadCourse(courseId);
        ctx.requireLearnerOrGrader(actor, memberId, course);
        return completion.grade(memberId, course);
    }

    int settleOverdue(Actor actor, AssessmentId assessmentId) {
        Violations.collect().required(assessmentId, "assessmentId").throwIfAny();
        return ctx.unitOfWork().execute(actor, "assessment.attempts.settle", LearningContext.ASSESSMENT, scope -> {
            scope.resource(assessmentId);
            Assessment assessment = ctx.loadAssessment(assessmentId);
            Course course = ctx.loadCourse(assessment.courseId());
            ctx.requireOnCourse(actor, "grade", course);
            List<Attempt> open = ctx.attempts().listByAssessment(assessmentId).stream()
                    .filter(Attempt::isInProgress).toList();
            List<Attempt> settled = settlement.settle(open, assessment, scope);
            int closed = 0;
            for (int i = 0; i < open.size(); i++) {
                if (settled.get(i) != open.get(i)) {
                    closed++;
                    completion.evaluate(settled.get(i).memberId(), course, scope);
                }
            }
            return closed;
        });
    }

    private static void requireFit(Assessment assessment, Attempt attempt, Map<QuestionId, Answer> answers) {
        Violations.collect().addAll(Grader.checkAnswers(assessment.gradingKey(attempt.takenOnVersion()), answers))
                .throwIfAny();
    }

    private SubmissionResult outcome(Attempt ended, Assessment assessment) {
        AttemptView view = AttemptView.of(ended, assessment, ctx.now());
        if (ended.status() == AttemptStatus.NEVER_SUBMITTED || ended.status() == AttemptStatus.ABANDONED) {
            return new SubmissionResult.NotAccepted(view);
        }
        if (ended.status() == AttemptStatus.AWAITING_REVIEW) {
            return new SubmissionResult.AwaitingReview(view);
        }
        return ended.timing() == SubmissionTiming.AUTO_SUBMITTED ? new SubmissionResult.AutoSubmitted(view)
                : new SubmissionResult.Graded(view);
    }
}
