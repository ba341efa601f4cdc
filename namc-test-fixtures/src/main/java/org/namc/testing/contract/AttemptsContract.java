package org.namc.testing.contract;

import org.namc.shared.domain.CommonRefusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.testing.assertions.NamcExceptionAssert.assertThatNamcException;
import static org.namc.testing.contract.LearningStoreFixtures.NOW;
import static org.namc.testing.contract.LearningStoreFixtures.attempt;
import static org.namc.testing.contract.LearningStoreFixtures.submitted;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.namc.learning.domain.Assessment;
import org.namc.learning.domain.Attempt;
import org.namc.learning.domain.AttemptId;
import org.namc.learning.domain.AttemptStatus;
import org.namc.learning.domain.Course;
import org.namc.learning.grading.Answer;
import org.namc.learning.grading.Question;
import org.namc.learning.grading.QuestionId;
import org.namc.learning.spi.Attempts;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.NamcException;

/** What every {@link Attempts} adapter must do. */
public abstract class AttemptsContract {
    private LearningStores stores;
    private LearningStoreFixtures fixtures;

    /** Empty stores, new for each test. */
    protected abstract LearningStores stores();

    @BeforeEach
    void openStores() {
        stores = stores();
        fixtures = new LearningStoreFixtures(stores);
    }

    private Attempts attempts() {
        return stores.attempts();
    }

    @Test
    void keepsAnAttemptInProgressAndGradedThroughRoundTrips() {
        Assessment quiz = fixtures.assessment(fixtures.publishedCourse("Quiz").id(), NOW);
        MemberId member = fixtures.member();
        List<Question> questions = quiz.currentVersion().questions();
        Map<QuestionId, Answer> saved = Map.of(questions.get(0).id(),
                new Answer.TrueOrFalse(true), questions.get(1).id(), Answer.Number.of("4.0"));
        Attempt inProgress = attempts().save(attempt(quiz, member, 1).saved(saved, NOW.plusSeconds(30)));

        Attempt loaded = attempts().findById(inProgress.id()).orElseThrow();
        assertThat(loaded.answers()).isEqualTo(saved);
        assertThat(loaded.window()).isEqualTo(inProgress.window());
        assertThat(loaded.seed()).isEqualTo(inProgress.seed());
        assertThat(loaded.savedAt()).isEqualTo(NOW.plusSeconds(30));
        assertThat(loaded.status()).isEqualTo(AttemptStatus.IN_PROGRESS);

        Attempt submitted = submitted(quiz, member, 2, true);
        Attempt graded = attempts().save(submitted.reviewed(Map.of(), submitted.grade(), member,
                NOW.plusSeconds(90)));
        Attempt reloaded = attempts().findById(graded.id()).orElseThrow();
        assertThat(reloaded.grade()).isEqualTo(graded.grade());
        assertThat(reloaded.timing()).isEqualTo(graded.timing());
        assertThat(reloaded.endedAt()).isEqualTo(graded.endedAt());
        assertThat(reloaded.reviewedBy()).isEqualTo(member);
        assertThat(reloaded.grade().percent()).isEqualByComparingTo(new BigDecimal("40"));
        assertThat(reloaded.rowVersion()).isEqualTo(graded.rowVersion());
    }

    @Test
    void refusesASecondAttemptWithTheSameNumber() {
        Assessment quiz = fixtures.assessment(fixtures.publishedCourse("Numbers").id(), NOW);
        MemberId member = fixtures.member();
        attempts().save(attempt(quiz, member, 1));

        assertThatNamcException(() -> attempts().save(attempt(quiz, member, 1))).hasReason(CommonRefusal.DUPLICATE);
        attempts().save(attempt(quiz, fixtures.member(), 1));
    }

    @Test
    void concurrentStartsWithTheSameNumberLeaveExactlyOne() throws Exception {
        Assessment quiz = fixtures.assessment(fixtures.publishedCourse("Race").id(), NOW);
        MemberId member = fixtures.member();

        List<AttemptId> saved = Concurrently.run(8, () -> {
            try {
                return stores.transactions().inTransaction(() -> attempts().save(attempt(quiz, member, 1)).id());
            } catch (NamcException e) {
                assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT);
                return null;
            }
        });

        assertThat(saved.stream().filter(Objects::nonNull)).hasSize(1);
        assertThat(attempts().listFor(quiz.id(), member)).hasSize(1);
    }

    @Test
    void refusesAStaleRowVersion() {
        Assessment quiz = fixtures.assessment(fixtures.publishedCourse("Stale").id(), NOW);
        Attempt saved = attempts().save(attempt(quiz, fixtures.member(), 1));
        attempts().save(saved.saved(Map.of(), NOW));
        assertThatNamcException(() -> attempts().save(saved.closedUnsubmitted(AttemptStatus.ABANDONED, NOW)))
                .hasReason(CommonRefusal.CONCURRENT_CHANGE);
    }

    @Test
    void listsByNumberByAssessmentAndByMemberInCourse() {
        Course course = fixtures.publishedCourse("Lists");
        Assessment first = fixtures.assessment(course.id(), NOW);
        Assessment second = fixtures.assessment(course.id(), NOW.plusSeconds(1));
        Assessment elsewhere = fixtures.assessment(fixtures.publishedCourse("Elsewhere").id(), NOW);
        MemberId member = fixtures.member();
        Attempt two = attempts().save(submitted(first, member, 2, false));
        Attempt one = attempts().save(submitted(first, member, 1, false));
        Attempt other = attempts().save(attempt(second, member, 1));
        attempts().save(attempt(elsewhere, member, 1));
        Attempt someoneElse = attempts().save(attempt(first, fixtures.member(), 1));

        assertThat(attempts().listFor(first.id(), member)).extracting(Attempt::id).containsExactly(one.id(), two.id());
        assertThat(attempts().listByAssessment(first.id())).extracting(Attempt::id)
                .containsExactlyInAnyOrder(one.id(), two.id(), someoneElse.id());
        assertThat(attempts().listByMemberInCourse(member, course.id())).extracting(Attempt::id)
                .containsExactlyInAnyOrder(one.id(), two.id(), other.id());
    }
}
