package org.namc.learning.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.namc.learning.grading.Question;
import org.namc.learning.grading.QuestionId;
import org.namc.learning.grading.QuestionSpec;
import org.namc.shared.domain.MemberId;

/** A small quiz and attempts at it, for the domain tests. */
final class AssessmentsForTests {
    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    static final CourseId COURSE = new CourseId(new UUID(3, 1));
    static final AssessmentId QUIZ = new AssessmentId(new UUID(3, 2));
    static final MemberId LEARNER = new MemberId(new UUID(3, 3));
    static final QuestionId Q1 = new QuestionId(new UUID(4, 1));
    static final QuestionId Q2 = new QuestionId(new UUID(4, 2));

    private AssessmentsForTests() {
    }

    /** Two true/false questions, one point each: Q1 is true, Q2 false. Pass at 50 %. */
    static List<Question> questions(boolean q1, boolean q2) {
        return List.of(Question.of(Q1, "Hard hats are required on site.", "1", new QuestionSpec.TrueFalse(q1)),
                Question.of(Q2, "Ladders may be used as scaffolding.", "1", new QuestionSpec.TrueFalse(q2)));
    }

    static Assessment quiz(AssessmentSettings settings) {
        return Assessment.create(QUIZ, COURSE, null, AssessmentProfile.quiz("Site safety", "Assessments"),
                settings.passingAt("50"), questions(true, false), T0).published(T0);
    }

    static Attempt started(Assessment quiz, int number, Instant at) {
        return Attempt.start(new AttemptId(new UUID(5, number)), quiz.id(), quiz.courseId(), LEARNER, number,
                quiz.currentVersion().number(), quiz.settings().windowFor(at), 42L);
    }
}
