package org.namc.testing.contract;

import org.namc.shared.domain.CommonRefusal;
import org.namc.learning.domain.LearningRefusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.testing.assertions.NamcExceptionAssert.assertThatNamcException;
import static org.namc.testing.data.CourseBuilder.aCourse;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.namc.NamcPortal;
import org.namc.NamcPortalBuilder;
import org.namc.learning.ApplyRegrade;
import org.namc.learning.AssessmentView;
import org.namc.learning.AttemptView;
import org.namc.learning.CreateAssessment;
import org.namc.learning.GradeEssays;
import org.namc.learning.LearningApi;
import org.namc.learning.PresentedQuestion;
import org.namc.learning.PreviewRegrade;
import org.namc.learning.QuestionDraft;
import org.namc.learning.RegradePreview;
import org.namc.learning.ReviseQuestions;
import org.namc.learning.SaveAnswers;
import org.namc.learning.SetCourseGrading;
import org.namc.learning.StartAttempt;
import org.namc.learning.SubmissionResult;
import org.namc.learning.SubmitAttempt;
import org.namc.learning.domain.AssessmentId;
import org.namc.learning.domain.AssessmentProfile;
import org.namc.learning.domain.AssessmentSettings;
import org.namc.learning.domain.AttemptStatus;
import org.namc.learning.domain.EnrollmentStatus;
import org.namc.learning.domain.OverduePolicy;
import org.namc.learning.domain.SubmissionTiming;
import org.namc.learning.grading.Answer;
import org.namc.learning.grading.CourseGrade;
import org.namc.learning.grading.CourseGrading;
import org.namc.learning.grading.GradingCategory;
import org.namc.learning.grading.GradingPolicy;
import org.namc.learning.grading.Question;
import org.namc.learning.grading.QuestionId;
import org.namc.learning.grading.QuestionOutcome;
import org.namc.learning.grading.QuestionSpec;
import org.namc.learning.grading.RetryPenalty;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.AuditRecord;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.NamcException;
import org.namc.testing.MutableClock;
import org.namc.testing.PortalFixture;
import org.namc.testing.data.Classroom;
import org.namc.testing.data.CourseBuilder;
import org.namc.testing.data.CourseBuilder.PublishedCourse;

/** Taking assessments through {@link NamcPortal#learning()}: attempts, timing, essays, grades and regrades. */
public abstract class AssessmentScenarios {
    private static final Duration LIMIT = Duration.ofMinutes(20);
    private static final Duration GRACE = Duration.ofSeconds(30);

    protected PortalFixture fixture;
    protected LearningApi learning;
    protected MutableClock clock;
    protected Classroom classroom;

    protected abstract PortalFixture newPortal(NamcPortalBuilder settings);

    @BeforeEach
    void startPortal() {
        fixture = newPortal(NamcPortal.builder());
        learning = fixture.portal().learning();
        clock = fixture.clock();
        classroom = new Classroom(fixture);
    }

    /** A published course with the standard quiz, and an enrolled learner. */
    private record Setup(PublishedCourse course, AssessmentId quiz, MemberId learner, Actor actor) {
    }

    private Setup enrolledIn(AssessmentSettings settings) {
        PublishedCourse course = classroom.publish(aCourse().withQuiz(settings));
        MemberId learner = classroom.learner();
        classroom.enrol(learner, course);
        return new Setup(course, Objects.requireNonNull(course.quiz()), learner, Actor.member(learner));
    }

    private AttemptView start(Setup s) {
        return learning.startAttempt(s.actor(), new StartAttempt(s.learner(), s.quiz()));
    }

    private SubmissionResult submit(Setup s, AttemptView attempt, int right) {
        return learning.submitAttempt(s.actor(), new SubmitAttempt(attempt.id(), classroom.answers(s.quiz(), right)));
    }

    @Test
    void attemptsAreNumberedGradedAndLimited() {
        Setup s = enrolledIn(AssessmentSettings.defaults().withMaxAttempts(2));

        SubmissionResult failed = submit(s, start(s), 1);
        assertThat(failed).isInstanceOf(SubmissionResult.Graded.class);
        assertThat(failed.attempt().number()).isEqualTo(1);
        assertThat(failed.attempt().result().percent()).isEqualByComparingTo("25");
        assertThat(failed.attempt().result().passed()).isFalse();
        SubmissionResult passed = submit(s, start(s), 4);
        assertThat(passed.attempt().number()).isEqualTo(2);
        assertThat(passed.attempt().result().passed()).isTrue();

        assertThatNamcException(() -> start(s)).hasReason(LearningRefusal.ATTEMPTS_USED);
        assertThat(learning.attempts(s.actor(), s.learner(), s.quiz())).extracting(AttemptView::number)
                .containsExactly(1, 2);
        assertThatNamcException(() -> learning.submitAttempt(s.actor(), new SubmitAttempt(passed.attempt().id(),
                Map.of()))).hasReason(LearningRefusal.ATTEMPT_CLOSED);
    }

    @Test
    void concurrentStartsNeverExceedTheMaximum() throws Exception {
        Setup s = enrolledIn(AssessmentSettings.defaults().withMaxAttempts(3));

        List<AttemptView> started = Concurrently.run(10, () -> {
            try {
                AttemptView attempt = start(s);
                submit(s, attempt, 0);
                return attempt;
            } catch (NamcException e) {
                assertThat(e.reason()).isIn(LearningRefusal.ATTEMPTS_USED, LearningRefusal.ATTEMPT_IN_PROGRESS);
                return null;
            }
        });

        assertThat(started.stream().filter(Objects::nonNull).count()).isLessThanOrEqualTo(3);
        assertThat(learning.attempts(s.actor(), s.learner(), s.quiz())).hasSizeLessThanOrEqualTo(3)
                .extracting(AttemptView::number).doesNotHaveDuplicates();
    }

    @Test
    void answersMustFitTheAssessmentAndNothingIsSavedOtherwise() {
        Setup s = enrolledIn(AssessmentSettings.defaults());
        Setup other = enrolledIn(AssessmentSettings.defaults());
        AttemptView attempt = start(s);

        Map<QuestionId, Answer> foreign = classroom.answers(other.quiz(), 4);
        assertThatNamcException(() -> learning.saveAnswers(s.actor(), new SaveAnswers(attempt.id(), foreign)))
                .hasViolationOn("answers[" + foreign.keySet().iterator().next() + "]");
        assertThatNamcException(() -> learning.submitAttempt(s.actor(), new SubmitAttempt(attempt.id(), foreign)))
                .hasCode(ErrorCode.VALIDATION_FAILED);
        assertThat(learning.attempts(s.actor(), s.learner(), s.quiz()).get(0).answers()).isEmpty();
        assertThat(learning.attempts(s.actor(), s.learner(), s.quiz()).get(0).status())
                .isEqualTo(AttemptStatus.IN_PROGRESS);
        assertThatNamcException(() -> learning.saveAnswers(Actor.member(other.learner()),
                new SaveAnswers(attempt.id(), Map.of()))).hasReason(CommonRefusal.PERMISSION_DENIED);
    }

    @Test
    void withinGraceASubmissionCountsAndAtTheDeadlineItIsOnTime() {
        Setup s = enrolledIn(AssessmentSettings.defaults().timed(LIMIT, GRACE, OverduePolicy.ACCEPT_WITHIN_GRACE));
        AttemptView first = start(s);
        assertThat(first.deadline()).isEqualTo(clock.instant().plus(LIMIT));
        assertThat(first.effectiveDeadline()).isEqualTo(clock.instant().plus(LIMIT).plus(GRACE));

        clock.set(first.deadline());
        assertThat(submit(s, first, 4).attempt().timing()).isEqualTo(SubmissionTiming.ON_TIME);

        AttemptView second = start(s);
        clock.set(second.effectiveDeadline());
        SubmissionResult withinGrace = submit(s, second, 4);
        assertThat(withinGrace).isInstanceOf(SubmissionResult.Graded.class);
        assertThat(withinGrace.attempt().timing()).isEqualTo(SubmissionTiming.WITHIN_GRACE);
    }

    @Test
    void acceptWithinGraceAbandonsALaterSubmission() {
        Setup s = enrolledIn(AssessmentSettings.defaults().timed(LIMIT, GRACE, OverduePolicy.ACCEPT_WITHIN_GRACE));
        AttemptView attempt = start(s);
        clock.set(attempt.effectiveDeadline().plusNanos(1));

        SubmissionResult late = submit(s, attempt, 4);

        assertThat(late).isInstanceOf(SubmissionResult.NotAccepted.class);
        assertThat(late.attempt().status()).isEqualTo(AttemptStatus.ABANDONED);
        assertThat(late.attempt().endedAt()).isEqualTo(attempt.effectiveDeadline());
        assertThat(learning.courseGrade(s.actor(), s.learner(), s.course().id()).percent())
                .as("an abandoned attempt does not count").isEqualByComparingTo("0");
    }

    @Test
    void autoSubmitGradesTheAnswersSavedInTime() {
        Setup s = enrolledIn(AssessmentSettings.defaults().timed(LIMIT, GRACE, OverduePolicy.AUTO_SUBMIT_SAVED));
        AttemptView attempt = start(s);
        clock.advance(Duration.ofMinutes(5));
        learning.saveAnswers(s.actor(), new SaveAnswers(attempt.id(), classroom.answers(s.quiz(), 3)));
        clock.set(attempt.effectiveDeadline().plusNanos(1));

        assertThatNamcException(() -> learning.saveAnswers(s.actor(), new SaveAnswers(attempt.id(),
                classroom.answers(s.quiz(), 4)))).hasReason(LearningRefusal.ATTEMPT_CLOSED);

        AttemptView closed = learning.attempts(s.actor(), s.learner(), s.quiz()).get(0);
        assertThat(closed.status()).isEqualTo(AttemptStatus.GRADED);
        assertThat(closed.timing()).isEqualTo(SubmissionTiming.AUTO_SUBMITTED);
        assertThat(closed.result().percent()).isEqualByComparingTo("75");
        assertThat(closed.endedAt()).isEqualTo(attempt.effectiveDeadline());
    }

    @Test
    void markNeverSubmittedCountsAZeroOnceSettled() {
        Setup s = enrolledIn(AssessmentSettings.defaults().timed(LIMIT, GRACE, OverduePolicy.MARK_NEVER_SUBMITTED)
                .withMaxAttempts(2));
        AttemptView attempt = start(s);

        clock.set(attempt.effectiveDeadline());
        assertThat(learning.settleOverdueAttempts(classroom.instructor(), s.quiz())).isZero();
        clock.set(attempt.effectiveDeadline().plusNanos(1));
        assertThat(learning.settleOverdueAttempts(classroom.instructor(), s.quiz())).isEqualTo(1);

        AttemptView settled = learning.attempts(s.actor(), s.learner(), s.quiz()).get(0);
        assertThat(settled.status()).isEqualTo(AttemptStatus.NEVER_SUBMITTED);
        assertThat(submit(s, start(s), 4).attempt().number()).isEqualTo(2);
        assertThat(learning.courseGrade(s.actor(), s.learner(), s.course().id()).percent()).as("best of 0 and 100")
                .isEqualByComparingTo("100");
    }

    @Test
    void theCloseDateCutsAnAttemptShort() {
        Instant closes = clock.instant().plus(Duration.ofMinutes(5));
        Setup s = enrolledIn(AssessmentSettings.defaults().timed(LIMIT, GRACE, OverduePolicy.MARK_NEVER_SUBMITTED)
                .openBetween(null, closes));
        AttemptView attempt = start(s);
        assertThat(attempt.deadline()).isEqualTo(closes);

        clock.set(closes.plus(GRACE).plusNanos(1));
        assertThat(submit(s, attempt, 4)).isInstanceOf(SubmissionResult.NotAccepted.class);
        assertThatNamcException(() -> start(s)).hasReason(LearningRefusal.ASSESSMENT_CLOSED);
    }

    @Test
    void theWaitBetweenAttemptsEndsAtTheExactInstant() {
        Duration wait = Duration.ofHours(24);
        Setup s = enrolledIn(AssessmentSettings.defaults().waitingBetweenAttempts(wait));
        AttemptView first = start(s);
        clock.advance(Duration.ofMinutes(3));
        Instant ended = submit(s, first, 0).attempt().endedAt();

        clock.set(ended.plus(wait).minusNanos(1));
        NamcException refused = assertThatNamcException(() -> start(s)).hasReason(LearningRefusal.ATTEMPT_WAIT_RUNNING).actual();
        assertThat(refused.retryAfter()).contains(ended.plus(wait));
        clock.set(ended.plus(wait));
        assertThat(start(s).number()).isEqualTo(2);
    }

    @Test
    void shuffledAttemptsKeepTheirOrderAndHiddenKeysStayHidden() {
        Setup s = enrolledIn(AssessmentSettings.defaults().shuffled(true).showingCorrectAnswers(false));
        AttemptView attempt = start(s);
        List<QuestionId> order = attempt.questions().stream().map(PresentedQuestion::id).toList();

        assertThat(learning.attempts(s.actor(), s.learner(), s.quiz()).get(0).questions())
                .extracting(PresentedQuestion::id).containsExactlyElementsOf(order);
        assertThat(order).containsExactlyInAnyOrderElementsOf(classroom.answers(s.quiz(), 0).keySet());
        SubmissionResult graded = submit(s, attempt, 2);
        assertThat(graded.attempt().result().questions()).allSatisfy(q -> assertThat(q.correctAnswer()).isEmpty());
    }

    @Test
    void anEssayAwaitsTheInstructorsGradeWhichCanCompleteTheCourse() {
        PublishedCourse course = classroom.publish(aCourse().withTextLessons(1));
        AssessmentView essay = learning.createAssessment(classroom.instructor(), new CreateAssessment(course.id(), null,
                AssessmentProfile.quiz("Reflection", CourseGrading.DEFAULT_CATEGORY), AssessmentSettings.defaults(),
                List.of(QuestionDraft.of("Describe a near miss you saw.", "10", new QuestionSpec.Essay("Specific")))));
        learning.publishAssessment(classroom.instructor(), essay.id());
        MemberId learner = classroom.learner();
        classroom.enrol(learner, course);
        classroom.openLessons(learner, course, course.lessons());
        QuestionId question = essay.current().questions().get(0).id();

        AttemptView attempt = learning.startAttempt(Actor.member(learner), new StartAttempt(learner, essay.id()));
        SubmissionResult submitted = learning.submitAttempt(Actor.member(learner), new SubmitAttempt(attempt.id(),
                Map.of(question, new Answer.Text("A plank slipped from the second floor..."))));
        assertThat(submitted).isInstanceOf(SubmissionResult.AwaitingReview.class);
        assertThat(learning.enrollment(Actor.member(learner), learner, course.id()).status())
                .isEqualTo(EnrollmentStatus.ACTIVE);

        assertThatNamcException(() -> learning.gradeEssays(Actor.member(learner), new GradeEssays(attempt.id(),
                Map.of(question, BigDecimal.TEN)))).hasReason(CommonRefusal.PERMISSION_DENIED);
        AttemptView graded = learning.gradeEssays(classroom.instructor(), new GradeEssays(attempt.id(),
                Map.of(question, new BigDecimal("8.5"))));
        assertThat(graded.status()).isEqualTo(AttemptStatus.GRADED);
        assertThat(graded.result().percent()).isEqualByComparingTo("85");
        assertThat(graded.result().questions().get(0).outcome()).isEqualTo(QuestionOutcome.REVIEWED);
        assertThat(learning.enrollment(Actor.member(learner), learner, course.id()).status())
                .isEqualTo(EnrollmentStatus.COMPLETED);
    }

    @Test
    void theCourseGradeFollowsPolicyPenaltyAndWeightedCategories() {
        CourseGrading grading = new CourseGrading(GradingPolicy.LATEST, RetryPenalty.of("10"),
                List.of(GradingCategory.of("Quizzes", "25", 0), GradingCategory.of("Exam", "75", 0)));
        PublishedCourse course = classroom.publish(aCourse().gradedBy(grading));
        AssessmentView quiz = learning.createAssessment(classroom.instructor(), new CreateAssessment(course.id(), null,
                AssessmentProfile.quiz("Quiz", "Quizzes"), AssessmentSettings.defaults(),
                CourseBuilder.standardQuestions()));
        AssessmentView exam = learning.createAssessment(classroom.instructor(), new CreateAssessment(course.id(), null,
                AssessmentProfile.quiz("Exam", "exam"), AssessmentSettings.defaults(),
                CourseBuilder.standardQuestions()));
        learning.publishAssessment(classroom.instructor(), quiz.id());
        learning.publishAssessment(classroom.instructor(), exam.id());
        assertThatNamcException(() -> learning.createAssessment(classroom.instructor(), new CreateAssessment(
                course.id(), null, AssessmentProfile.quiz("Lab", "Labs"), AssessmentSettings.defaults(),
                CourseBuilder.standardQuestions()))).hasViolation("profile.category", "grading-category");
        MemberId learner = classroom.learner();
        classroom.enrol(learner, course);
        Setup s = new Setup(course, quiz.id(), learner, Actor.member(learner));

        submit(s, start(s), 4);                                    // quiz attempt 1: 100
        submit(s, start(s), 3);                                    // quiz attempt 2: 75 - 10 = 65, latest
        Setup e = new Setup(course, exam.id(), learner, Actor.member(learner));
        submit(e, start(e), 2);                                    // exam: 50

        CourseGrade grade = learning.courseGrade(classroom.instructor(), learner, course.id());
        assertThat(grade.assessmentPercents().get(quiz.id().value())).isEqualByComparingTo("65");
        assertThat(grade.percent()).isEqualByComparingTo("53.75"); // 0.25 × 65 + 0.75 × 50
        assertThatNamcException(() -> learning.setGrading(classroom.instructor(), new SetCourseGrading(course.id(),
                CourseGrading.standard()))).hasViolation("grading.categories", "covers-assessments");
    }

    @Test
    void aRegradeIsPreviewedThenAppliedOnceAndAudited() {
        Setup s = enrolledIn(AssessmentSettings.defaults().passingAt("75"));
        AttemptView attempt = start(s);
        Map<QuestionId, Answer> answers = new HashMap<>(classroom.answers(s.quiz(), 2));
        List<Question> v1 = learning.assessment(classroom.instructor(), s.quiz()).current().questions();
        answers.put(v1.get(2).id(), new Answer.TrueOrFalse(false)); // wrong under v1's key
        SubmissionResult failed = learning.submitAttempt(s.actor(), new SubmitAttempt(attempt.id(), answers));
        assertThat(failed.attempt().result().percent()).isEqualByComparingTo("50");

        // Version 2 corrects the true/false key: "false" was right all along.
        List<QuestionDraft> corrected = v1.stream().map(q -> new QuestionDraft(q.id(), q.prompt(), q.points(),
                q.spec() instanceof QuestionSpec.TrueFalse ? new QuestionSpec.TrueFalse(false) : q.spec(),
                q.explanation())).toList();
        AssessmentView v2 = learning.reviseQuestions(classroom.instructor(), new ReviseQuestions(s.quiz(), corrected));
        assertThat(v2.currentVersion()).isEqualTo(2);

        RegradePreview preview = learning.previewRegrade(classroom.instructor(), new PreviewRegrade(s.quiz(), 2));
        assertThat(preview.applied()).isFalse();
        assertThat(preview.changes()).singleElement().satisfies(change -> {
            assertThat(change.memberId()).isEqualTo(s.learner());
            assertThat(change.fromPercent()).isEqualByComparingTo("50");
            assertThat(change.toPercent()).isEqualByComparingTo("75");
            assertThat(change.changesOutcome()).isTrue();
        });
        assertThat(learning.attempts(s.actor(), s.learner(), s.quiz()).get(0).result().gradedOnVersion())
                .as("a preview changes nothing").isEqualTo(1);

        assertThatNamcException(() -> learning.applyRegrade(classroom.instructor(),
                new ApplyRegrade(s.quiz(), 2, "not-the-preview"))).hasReason(LearningRefusal.REGRADE_STALE);
        assertThatNamcException(() -> learning.applyRegrade(Actor.member(s.learner()),
                new ApplyRegrade(s.quiz(), 2, preview.fingerprint()))).hasReason(CommonRefusal.PERMISSION_DENIED);
        RegradePreview applied = learning.applyRegrade(classroom.instructor(),
                new ApplyRegrade(s.quiz(), 2, preview.fingerprint()));
        assertThat(applied.applied()).isTrue();
        assertThat(applied.changes()).isEqualTo(preview.changes());

        AttemptView regraded = learning.attempts(s.actor(), s.learner(), s.quiz()).get(0);
        assertThat(regraded.result().gradedOnVersion()).isEqualTo(2);
        assertThat(regraded.result().passed()).isTrue();
        AuditRecord audit = fixture.auditRecords().stream().filter(r -> r.action().equals("assessment.regrade")
                && r.outcome() == AuditRecord.Outcome.SUCCESS).findFirst().orElseThrow();
        assertThat(audit.changes().get("attempt[" + attempt.id() + "]").before()).contains("50.00", "failed", "v1");
        assertThat(audit.changes().get("attempt[" + attempt.id() + "]").after()).contains("75.00", "passed", "v2");

        RegradePreview again = learning.previewRegrade(classroom.instructor(), new PreviewRegrade(s.quiz(), 2));
        assertThat(again.changes()).isEmpty();
        assertThat(again.attemptsToUpdate()).isZero();
        assertThat(learning.applyRegrade(classroom.instructor(), new ApplyRegrade(s.quiz(), 2, again.fingerprint()))
                .attemptsToUpdate()).isZero();
    }
}
