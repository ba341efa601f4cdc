package org.namc.learning.internal;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.namc.learning.domain.Assessment;
import org.namc.learning.domain.AssessmentId;
import org.namc.learning.domain.Attempt;
import org.namc.learning.domain.CompletionCriteria;
import org.namc.learning.domain.Course;
import org.namc.learning.domain.CourseProgress;
import org.namc.learning.domain.Enrollment;
import org.namc.learning.domain.EnrollmentStatus;
import org.namc.learning.domain.Lesson;
import org.namc.learning.domain.LessonId;
import org.namc.learning.domain.LessonProgress;
import org.namc.learning.grading.AssessmentScores;
import org.namc.learning.grading.CourseGrade;
import org.namc.learning.grading.CourseGrader;
import org.namc.learning.grading.ScoredAttempt;
import org.namc.shared.domain.MemberId;
import org.namc.shared.internal.AuditScope;

/**
 * Works out what a learner has achieved in a course, and acts on it inside the running unit
 * of work: lessons completed by passing their assessment, the course completed once every
 * required lesson is done and every required assessment passed, and then the certificate.
 */
final class CourseCompletion {
    private final LearningContext ctx;
    private final CertificateIssuer issuer;

    CourseCompletion(LearningContext ctx, CertificateIssuer issuer) {
        this.ctx = ctx;
        this.issuer = issuer;
    }

    /** Call after anything that may complete a lesson or pass an assessment. */
    void evaluate(MemberId member, Course course, AuditScope scope) {
        Instant now = ctx.now();
        Enrollment enrollment = ctx.enrollments().find(member, course.id()).orElse(null);
        if (enrollment == null || !enrollment.hasAccessAt(now)) {
            return;
        }
        List<Assessment> assessments = publishedAssessments(course);
        Set<AssessmentId> passed = passedAssessments(member, course);
        completeLessonsPassedByAssessment(member, course, passed, now);
        if (enrollment.statusAt(now) == EnrollmentStatus.COMPLETED) {
            return;
        }
        boolean lessonsDone = progressOf(member, course).isComplete();
        boolean assessmentsPassed = assessments.stream().filter(a -> a.profile().required())
                .allMatch(a -> passed.contains(a.id()));
        if (lessonsDone && assessmentsPassed) {
            Enrollment completed = ctx.enrollments().save(enrollment.completed(now));
            scope.changed("enrollment[" + completed.id() + "].status", enrollment.statusAt(now),
                    completed.statusAt(now));
            issuer.issueOnce(member, course, grade(member, course), now, scope);
        }
    }

    CourseProgress progressOf(MemberId member, Course course) {
        Set<LessonId> completed = ctx.progress().listFor(member, course.id()).stream()
                .filter(LessonProgress::isCompleted).map(LessonProgress::lessonId).collect(Collectors.toSet());
        return CourseProgress.of(course, completed);
    }

    CourseGrade grade(MemberId member, Course course) {
        Map<AssessmentId, List<Attempt>> byAssessment = ctx.attempts().listByMemberInCourse(member, course.id())
                .stream().collect(Collectors.groupingBy(Attempt::assessmentId));
        List<AssessmentScores> scores = publishedAssessments(course).stream()
                .map(a -> new AssessmentScores(a.id().value(), a.profile().category(),
                        byAssessment.getOrDefault(a.id(), List.of()).stream().filter(Attempt::countsTowardGrade)
                                .map(t -> new ScoredAttempt(t.number(), t.countedPercent())).toList()))
                .toList();
        return CourseGrader.grade(course.grading(), scores);
    }

    Set<AssessmentId> passedAssessments(MemberId member, Course course) {
        return ctx.attempts().listByMemberInCourse(member, course.id()).stream().filter(Attempt::isPassed)
                .map(Attempt::assessmentId).collect(Collectors.toCollection(HashSet::new));
    }

    private List<Assessment> publishedAssessments(Course course) {
        return ctx.assessments().listByCourse(course.id()).stream().filter(Assessment::isPublished).toList();
    }

    private void completeLessonsPassedByAssessment(MemberId member, Course course, Set<AssessmentId> passed,
                                                   Instant now) {
        for (Lesson lesson : course.visibleLessons()) {
            if (lesson.content().completion() instanceof CompletionCriteria.AssessmentPassed criteria
                    && passed.contains(criteria.assessmentId())) {
                LessonProgress progress = ctx.progress().find(member, lesson.id())
                        .orElseGet(() -> LessonProgress.start(member, course.id(), lesson.id(), now));
                if (!progress.isCompleted()) {
                    ctx.progress().save(progress.completedAt(now));
                }
            }
        }
    }
}
