package org.namc.testing.data;

import static org.namc.testing.data.MemberBuilder.aMember;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.namc.access.GrantRole;
import org.namc.learning.LearningApi;
import org.namc.learning.Enroll;
import org.namc.learning.OpenLesson;
import org.namc.learning.domain.AssessmentId;
import org.namc.learning.domain.LessonId;
import org.namc.learning.grading.Answer;
import org.namc.learning.grading.Option;
import org.namc.learning.grading.Question;
import org.namc.learning.grading.QuestionId;
import org.namc.learning.grading.QuestionSpec;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.MemberId;
import org.namc.testing.PortalFixture;
import org.namc.testing.data.CourseBuilder.PublishedCourse;

/** People and steps the learning scenarios share: an instructor, learners, enrolling, studying, answering. */
public final class Classroom {
    private final PortalFixture fixture;
    private final LearningApi learning;
    private final MemberId instructor;

    public Classroom(PortalFixture fixture) {
        this.fixture = fixture;
        this.learning = fixture.portal().learning();
        this.instructor = memberWithRole("INSTRUCTOR");
    }

    public Actor instructor() {
        return Actor.member(instructor);
    }

    public MemberId instructorId() {
        return instructor;
    }

    /** A verified member in good standing. */
    public MemberId learner() {
        return aMember().registerVerified(fixture.portal().membership());
    }

    public MemberId memberWithRole(String role) {
        MemberId member = learner();
        fixture.portal().access().grantRole(Actor.system(), new GrantRole(member, role, null));
        return member;
    }

    public PublishedCourse publish(CourseBuilder course) {
        return course.publish(learning, instructor());
    }

    /** Enrols the learner in a free course. */
    public void enrol(MemberId learner, PublishedCourse course) {
        learning.enroll(Actor.member(learner), new Enroll(learner, course.id()));
    }

    /** Opens every text lesson, which completes them. */
    public void openLessons(MemberId learner, PublishedCourse course, List<LessonId> lessons) {
        lessons.forEach(l -> learning.openLesson(Actor.member(learner), new OpenLesson(learner, course.id(), l)));
    }

    /** Answers for the assessment's current version: the first {@code right} questions right, the rest wrong. */
    public Map<QuestionId, Answer> answers(AssessmentId assessment, int right) {
        List<Question> questions = learning.assessment(instructor(), assessment).current().questions();
        Map<QuestionId, Answer> answers = new HashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            answers.put(q.id(), i < right ? q.spec().correctAnswer() : wrong(q.spec()));
        }
        return answers;
    }

    private static Answer wrong(QuestionSpec spec) {
        if (spec instanceof QuestionSpec.SingleChoice single) {
            return new Answer.Choice(single.options().stream().map(Option::id)
                    .filter(id -> !id.equals(single.correctOptionId())).findFirst().orElseThrow());
        }
        if (spec instanceof QuestionSpec.MultipleChoice multiple) {
            return new Answer.Choices(multiple.options().stream().map(Option::id)
                    .filter(id -> !multiple.correctOptionIds().contains(id)).toList());
        }
        if (spec instanceof QuestionSpec.TrueFalse trueFalse) {
            return new Answer.TrueOrFalse(!trueFalse.correct());
        }
        if (spec instanceof QuestionSpec.Numeric numeric) {
            return new Answer.Number(numeric.expected().add(BigDecimal.valueOf(1000)));
        }
        return new Answer.Text("certainly not the answer");
    }
}
