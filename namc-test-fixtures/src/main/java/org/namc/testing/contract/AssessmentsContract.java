package org.namc.testing.contract;

import org.namc.shared.domain.CommonRefusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.testing.assertions.NamcExceptionAssert.assertThatNamcException;
import static org.namc.testing.contract.LearningStoreFixtures.NOW;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.namc.learning.domain.Assessment;
import org.namc.learning.domain.AssessmentId;
import org.namc.learning.domain.AssessmentProfile;
import org.namc.learning.domain.AssessmentSettings;
import org.namc.learning.domain.AssessmentType;
import org.namc.learning.domain.Course;
import org.namc.learning.domain.OverduePolicy;
import org.namc.learning.grading.MultipleChoiceScoring;
import org.namc.learning.grading.Option;
import org.namc.learning.grading.Question;
import org.namc.learning.grading.QuestionId;
import org.namc.learning.grading.QuestionSpec;
import org.namc.learning.spi.Assessments;
import org.namc.shared.domain.ErrorCode;

/** What every {@link Assessments} adapter must do. */
public abstract class AssessmentsContract {
    private LearningStores stores;
    private LearningStoreFixtures fixtures;

    /** Empty stores, new for each test. */
    protected abstract LearningStores stores();

    @BeforeEach
    void openStores() {
        stores = stores();
        fixtures = new LearningStoreFixtures(stores);
    }

    private Assessments assessments() {
        return stores.assessments();
    }

    /** One question of every kind. */
    private static List<Question> everyKind() {
        List<Option> options = List.of(Option.of("a", "Hard hat"), Option.of("b", "Gloves"), Option.of("c", "Sandals"));
        return List.of(
                Question.of(new QuestionId(UUID.randomUUID()), "Single", "1", new QuestionSpec.SingleChoice(options, "a")),
                Question.of(new QuestionId(UUID.randomUUID()), "Multiple", "2.5", new QuestionSpec.MultipleChoice(
                        options, Set.of("a", "b"), MultipleChoiceScoring.PARTIAL_CREDIT)),
                Question.of(new QuestionId(UUID.randomUUID()), "True?", "1", new QuestionSpec.TrueFalse(false)),
                Question.of(new QuestionId(UUID.randomUUID()), "Pi", "1", new QuestionSpec.Numeric(
                        new BigDecimal("3.14"), new BigDecimal("0.01"))),
                Question.of(new QuestionId(UUID.randomUUID()), "Name", "1", QuestionSpec.ShortText.accepting(
                        "Rebar", "reinforcing bar")),
                new Question(new QuestionId(UUID.randomUUID()), "Essay", new BigDecimal("10"),
                        new QuestionSpec.Essay("Covers fall protection"), "Think about ladders"));
    }

    @Test
    void keepsEveryVersionAndSettingThroughARoundTrip() {
        Course course = fixtures.publishedCourse("Safety");
        AssessmentSettings settings = AssessmentSettings.defaults().passingAt("72.5").withMaxAttempts(4)
                .timed(Duration.ofMinutes(45), Duration.ofSeconds(30), OverduePolicy.MARK_NEVER_SUBMITTED)
                .openBetween(NOW, NOW.plus(Duration.ofDays(30))).shuffled(true).showingCorrectAnswers(false)
                .waitingBetweenAttempts(Duration.ofHours(12));
        AssessmentProfile profile = new AssessmentProfile("Final", "Read first", AssessmentType.EXAM, "Exams", false);
        List<Question> v1 = everyKind();
        Assessment assessment = Assessment.create(new AssessmentId(UUID.randomUUID()), course.id(),
                course.modules().get(0).lessons().get(0).id(), profile, settings, v1, NOW);
        List<Question> v2 = List.of(v1.get(0), v1.get(2));
        Assessment revised = assessment.published(NOW.plusSeconds(1)).revised(v2, NOW.plusSeconds(2));

        Assessment saved = assessments().save(revised);
        Assessment loaded = assessments().findById(assessment.id()).orElseThrow();

        assertThat(loaded.versions()).isEqualTo(revised.versions());
        assertThat(loaded.version(1).orElseThrow().questions()).isEqualTo(v1);
        assertThat(loaded.currentVersion().questions()).isEqualTo(v2);
        assertThat(loaded.settings()).isEqualTo(settings);
        assertThat(loaded.profile()).isEqualTo(profile);
        assertThat(loaded.lessonId()).isEqualTo(assessment.lessonId());
        assertThat(loaded.publishedAt()).isEqualTo(NOW.plusSeconds(1));
        assertThat(loaded.rowVersion()).isEqualTo(saved.rowVersion());
    }

    @Test
    void listsACoursesAssessmentsInCreationOrder() {
        Course course = fixtures.publishedCourse("Many");
        Assessment later = fixtures.assessment(course.id(), NOW.plusSeconds(60));
        Assessment earlier = fixtures.assessment(course.id(), NOW);
        fixtures.assessment(fixtures.publishedCourse("Other").id(), NOW);

        assertThat(assessments().listByCourse(course.id())).extracting(Assessment::id)
                .containsExactly(earlier.id(), later.id());
    }

    @Test
    void refusesAStaleRowVersion() {
        Assessment saved = fixtures.assessment(fixtures.publishedCourse("Stale").id(), NOW);
        assessments().save(saved.published(NOW));
        assertThatNamcException(() -> assessments().save(saved.revised(everyKind(), NOW)))
                .hasReason(CommonRefusal.CONCURRENT_CHANGE);
        assertThat(assessments().findById(saved.id()).orElseThrow().versions()).hasSize(1);
    }
}
