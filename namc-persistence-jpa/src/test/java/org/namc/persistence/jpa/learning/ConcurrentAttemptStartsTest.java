package org.namc.persistence.jpa.learning;

import org.namc.learning.domain.LearningRefusal;
import org.namc.shared.domain.RefusalReason;
import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.testing.data.CourseBuilder.aCourse;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.namc.NamcPortal;
import org.namc.learning.AttemptView;
import org.namc.learning.LearningApi;
import org.namc.learning.StartAttempt;
import org.namc.learning.SubmitAttempt;
import org.namc.learning.domain.AssessmentId;
import org.namc.learning.domain.AssessmentSettings;
import org.namc.persistence.jpa.JpaPortal;
import org.namc.persistence.jpa.TestSchema;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.NamcException;
import org.namc.testing.MutableClock;
import org.namc.testing.contract.Concurrently;
import org.namc.testing.data.Classroom;
import org.namc.testing.data.CourseBuilder.PublishedCourse;

/**
 * Real concurrent transactions on PostgreSQL: a learner's simultaneous starts queue on the
 * start lock, so each counts the attempts committed before it. The number of attempts is
 * exactly the maximum, numbered 1 to n, and every refusal is the rule's, never a lost race.
 */
class ConcurrentAttemptStartsTest {
    private static final int MAX_ATTEMPTS = 3;

    @RegisterExtension
    static final TestSchema db = new TestSchema();

    private LearningApi learning;
    private Classroom classroom;

    @BeforeEach
    void startPortal() {
        JpaPortal fixture = JpaPortal.on(db, MutableClock.at("2026-01-15T09:00:00Z"), NamcPortal.builder());
        learning = fixture.portal().learning();
        classroom = new Classroom(fixture);
    }

    @Test
    void simultaneousStartsLeaveOneAttemptInProgressAndRefuseTheRestByTheRule() throws Exception {
        Learner learner = enrolled(AssessmentSettings.defaults().withMaxAttempts(MAX_ATTEMPTS));

        Statistics statistics = db.persistence().statistics();
        statistics.clear();
        List<Object> outcomes = Concurrently.run(12, () -> {
            try {
                return start(learner).number();
            } catch (NamcException e) {
                return e.reason();
            }
        });

        assertThat(outcomes).filteredOn(Integer.class::isInstance).containsExactly(1);
        assertThat(outcomes).filteredOn(RefusalReason.class::isInstance).hasSize(11)
                .containsOnly(LearningRefusal.ATTEMPT_IN_PROGRESS);
        // One rolled-back unit per refusal: no start lost a race on the attempt number and ran again.
        assertThat(statistics.getTransactionCount() - statistics.getSuccessfulTransactionCount()).isEqualTo(11);
    }

    @Test
    void competingStartAndSubmitLoopsUseExactlyTheMaximum() throws Exception {
        Learner learner = enrolled(AssessmentSettings.defaults().withMaxAttempts(MAX_ATTEMPTS));

        List<List<RefusalReason>> refusals = Concurrently.run(8, () -> {
            List<RefusalReason> refused = new ArrayList<>();
            for (int round = 0; round < 6; round++) {
                try {
                    AttemptView attempt = start(learner);
                    learning.submitAttempt(learner.actor(), new SubmitAttempt(attempt.id(),
                            classroom.answers(learner.quiz(), 0)));
                } catch (NamcException e) {
                    refused.add(e.reason());
                }
            }
            return refused;
        });

        assertThat(refusals.stream().flatMap(List::stream)).allSatisfy(reason -> assertThat(reason)
                .isIn(LearningRefusal.ATTEMPT_IN_PROGRESS, LearningRefusal.ATTEMPTS_USED));
        assertThat(learning.attempts(learner.actor(), learner.id(), learner.quiz())).extracting(AttemptView::number)
                .containsExactly(1, 2, 3);
    }

    private Learner enrolled(AssessmentSettings settings) {
        PublishedCourse course = classroom.publish(aCourse().withQuiz(settings));
        MemberId learner = classroom.learner();
        classroom.enrol(learner, course);
        return new Learner(learner, Objects.requireNonNull(course.quiz()));
    }

    private AttemptView start(Learner learner) {
        return learning.startAttempt(learner.actor(), new StartAttempt(learner.id(), learner.quiz()));
    }

    private record Learner(MemberId id, AssessmentId quiz) {
        Actor actor() {
            return Actor.member(id);
        }
    }
}
