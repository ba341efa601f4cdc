package org.namc.testing.inmemory;

import org.namc.learning.domain.LearningRefusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.testing.data.CourseBuilder.aCourse;

import java.util.List;
import java.util.Objects;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.namc.learning.AttemptView;
import org.namc.learning.LearningApi;
import org.namc.learning.StartAttempt;
import org.namc.learning.SubmitAttempt;
import org.namc.learning.domain.AssessmentSettings;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.NamcException;
import org.namc.testing.contract.Concurrently;
import org.namc.testing.data.Classroom;
import org.namc.testing.data.CourseBuilder.PublishedCourse;

/** However many learners' threads race, nobody gets more attempts than the assessment allows. */
class ConcurrentAttemptsProperties {

    @Property(tries = 15)
    void theAttemptCountNeverExceedsTheMaximum(@ForAll @IntRange(min = 1, max = 4) int maxAttempts,
                                               @ForAll @IntRange(min = 2, max = 12) int threads,
                                               @ForAll @IntRange(min = 0, max = 4) int right) throws Exception {
        InMemoryPortal portal = InMemoryPortal.create();
        LearningApi learning = portal.portal().learning();
        Classroom classroom = new Classroom(portal);
        PublishedCourse course = classroom.publish(aCourse().withQuiz(
                AssessmentSettings.defaults().withMaxAttempts(maxAttempts)));
        MemberId learner = classroom.learner();
        classroom.enrol(learner, course);
        var answers = classroom.answers(Objects.requireNonNull(course.quiz()), right);

        List<AttemptView> taken = Concurrently.run(threads, () -> {
            try {
                AttemptView attempt = learning.startAttempt(Actor.member(learner),
                        new StartAttempt(learner, course.quiz()));
                learning.submitAttempt(Actor.member(learner), new SubmitAttempt(attempt.id(), answers));
                return attempt;
            } catch (NamcException refused) {
                assertThat(refused.reason()).isIn(LearningRefusal.ATTEMPTS_USED, LearningRefusal.ATTEMPT_IN_PROGRESS);
                return null;
            }
        });

        List<AttemptView> stored = learning.attempts(Actor.member(learner), learner, course.quiz());
        assertThat(stored).hasSizeLessThanOrEqualTo(maxAttempts);
        assertThat(stored).extracting(AttemptView::number).doesNotHaveDuplicates()
                .allMatch(n -> n >= 1 && n <= maxAttempts);
        assertThat(taken.stream().filter(Objects::nonNull).count()).isEqualTo(stored.size());
    }
}
