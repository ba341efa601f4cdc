package org.namc.testing.contract;

import static org.namc.testing.data.MemberBuilder.aMember;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.namc.learning.domain.Assessment;
import org.namc.learning.domain.AssessmentId;
import org.namc.learning.domain.AssessmentProfile;
import org.namc.learning.domain.AssessmentSettings;
import org.namc.learning.domain.Attempt;
import org.namc.learning.domain.AttemptId;
import org.namc.learning.domain.Certificate;
import org.namc.learning.domain.CertificateContent;
import org.namc.learning.domain.CertificateId;
import org.namc.learning.domain.CertificateNumber;
import org.namc.learning.domain.Course;
import org.namc.learning.domain.CourseDetails;
import org.namc.learning.domain.CourseId;
import org.namc.learning.domain.CourseLevel;
import org.namc.learning.domain.LessonContent;
import org.namc.learning.domain.LessonId;
import org.namc.learning.domain.ModuleContent;
import org.namc.learning.domain.ModuleId;
import org.namc.learning.domain.SubmissionTiming;
import org.namc.learning.domain.VerificationCode;
import org.namc.learning.grading.Answer;
import org.namc.learning.grading.Grader;
import org.namc.learning.grading.Question;
import org.namc.learning.grading.QuestionId;
import org.namc.learning.grading.QuestionSpec;
import org.namc.shared.domain.MemberId;

/** Rows the learning store contracts need, saved in the order a database's references demand. */
final class LearningStoreFixtures {
    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private final LearningStores stores;

    LearningStoreFixtures(LearningStores stores) {
        this.stores = stores;
    }

    MemberId member() {
        return stores.members().save(aMember().member(new MemberId(UUID.randomUUID()), NOW)).id();
    }

    /** A draft course owned by a new member, with one module holding two lessons. */
    Course course(String title) {
        ModuleId module = new ModuleId(UUID.randomUUID());
        Course course = Course.create(new CourseId(UUID.randomUUID()),
                        CourseDetails.free(title, "About " + title, "Ana Ruiz", "Safety", CourseLevel.BEGINNER),
                        member(), NOW)
                .withModuleAdded(module, ModuleContent.titled("Module one"), NOW)
                .withLessonAdded(module, new LessonId(UUID.randomUUID()), LessonContent.text("First", "Body", 10), NOW)
                .withLessonAdded(module, new LessonId(UUID.randomUUID()), LessonContent.text("Second", "Body", 5), NOW);
        return stores.courses().save(course);
    }

    Course publishedCourse(String title) {
        Course draft = course(title);
        ModuleId module = draft.modules().get(0).id();
        LessonId lesson = draft.modules().get(0).lessons().get(0).id();
        return stores.courses().save(draft.withModuleVisibility(module, true, false, NOW)
                .withLessonVisibility(lesson, true, true, NOW).published(NOW));
    }

    Assessment assessment(CourseId course, Instant createdAt) {
        Assessment assessment = Assessment.create(new AssessmentId(UUID.randomUUID()), course, null,
                AssessmentProfile.quiz("Quiz", "Assessments"), AssessmentSettings.defaults(), questions(), createdAt);
        return stores.assessments().save(assessment);
    }

    static List<Question> questions() {
        return List.of(Question.of(new QuestionId(UUID.randomUUID()), "Is it safe?", "2", new QuestionSpec.TrueFalse(true)),
                Question.of(new QuestionId(UUID.randomUUID()), "How many?", "3", QuestionSpec.Numeric.exactly("4")));
    }

    static Attempt attempt(Assessment assessment, MemberId member, int number) {
        return Attempt.start(new AttemptId(UUID.randomUUID()), assessment.id(), assessment.courseId(), member, number,
                assessment.currentVersion().number(), assessment.settings().windowFor(NOW), 7L * number);
    }

    static Attempt submitted(Assessment assessment, MemberId member, int number, boolean right) {
        Question q = assessment.currentVersion().questions().get(0);
        Map<QuestionId, Answer> answers = Map.of(q.id(), new Answer.TrueOrFalse(right));
        return attempt(assessment, member, number).submitted(answers, SubmissionTiming.ON_TIME, NOW.plusSeconds(60),
                Grader.grade(assessment.gradingKey(assessment.currentVersion().number()), answers));
    }

    static Certificate certificate(MemberId member, CourseId course, long serial, VerificationCode code) {
        CertificateContent content = new CertificateContent(CertificateNumber.of("NAMC", 2026, serial), member,
                "Ana López", course, "Site Safety", LocalDate.of(2026, 3, 1), new BigDecimal("88.50"), NOW, null);
        return Certificate.issue(new CertificateId(UUID.randomUUID()), content, code, "c2lnbmF0dXJl", "key-1", 42);
    }
}
