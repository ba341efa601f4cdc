package org.namc.learning.internal;

import org.namc.shared.domain.ViolationRule;
import org.namc.learning.domain.LearningRefusal;
import java.util.LinkedHashSet;
import java.util.Set;
import org.namc.learning.ApplyRegrade;
import org.namc.learning.PreviewRegrade;
import org.namc.learning.RegradePreview;
import org.namc.learning.domain.Assessment;
import org.namc.learning.domain.Attempt;
import org.namc.learning.domain.Course;
import org.namc.learning.domain.RegradeChange;
import org.namc.learning.domain.RegradePlan;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.NamcException;
import org.namc.shared.domain.Violations;

/** Regrading after an answer-key change: a dry-run diff first, then the audited change. */
final class RegradeUseCases {
    private final LearningContext ctx;
    private final CourseCompletion completion;

    RegradeUseCases(LearningContext ctx, CourseCompletion completion) {
        this.ctx = ctx;
        this.completion = completion;
    }

    RegradePreview preview(Actor actor, PreviewRegrade command) {
        ctx.validation().validate(command, Violations.collect().required(command.assessmentId(), "assessmentId")
                .check(command.toVersion() >= 1, "toVersion", ViolationRule.RANGE, "must be 1 or more"));
        Assessment assessment = ctx.loadAssessment(command.assessmentId());
        ctx.requireOnCourse(actor, "grade", ctx.loadCourse(assessment.courseId()));
        RegradePlan plan = RegradePlan.of(assessment, command.toVersion(),
                ctx.attempts().listByAssessment(assessment.id()));
        return view(assessment, plan, false);
    }

    RegradePreview apply(Actor actor, ApplyRegrade command) {
        ctx.validation().validate(command, Violations.collect().required(command.assessmentId(), "assessmentId")
                .check(command.toVersion() >= 1, "toVersion", ViolationRule.RANGE, "must be 1 or more")
                .notBlank(command.fingerprint(), "fingerprint", 100));
        return ctx.unitOfWork().execute(actor, "assessment.regrade", LearningContext.ASSESSMENT, scope -> {
            scope.resource(command.assessmentId());
            Assessment assessment = ctx.loadAssessment(command.assessmentId());
            Course course = ctx.loadCourse(assessment.courseId());
            ctx.requireOnCourse(actor, "grade", course);
            RegradePlan plan = RegradePlan.of(assessment, command.toVersion(),
                    ctx.attempts().listByAssessment(assessment.id()));
            if (!plan.fingerprint().equals(command.fingerprint())) {
                throw NamcException.refused(LearningRefusal.REGRADE_STALE, "the attempts changed since the regrade was previewed; preview it again");
            }
            scope.changed("toVersion", null, plan.targetVersion());
            for (RegradeChange change : plan.changes()) {
                scope.changed("attempt[" + change.attemptId() + "]",
                        change.fromPercent() + "% " + (change.fromPassed() ? "passed" : "failed") + " on v"
                                + change.fromVersion(),
                        change.toPercent() + "% " + (change.toPassed() ? "passed" : "failed") + " on v"
                                + change.toVersion());
            }
            Set<MemberId> passing = new LinkedHashSet<>();
            for (Attempt attempt : plan.regraded()) {
                Attempt saved = ctx.attempts().save(attempt);
                if (saved.isPassed()) {
                    passing.add(saved.memberId());
                }
            }
            passing.forEach(member -> completion.evaluate(member, course, scope));
            return view(assessment, plan, true);
        });
    }

    private static RegradePreview view(Assessment assessment, RegradePlan plan, boolean applied) {
        return new RegradePreview(assessment.id(), plan.targetVersion(), plan.changes(), plan.regraded().size(),
                plan.fingerprint(), applied);
    }
}
