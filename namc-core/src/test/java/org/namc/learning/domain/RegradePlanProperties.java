package org.namc.learning.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.learning.domain.AssessmentsForTests.T0;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.namc.learning.grading.Answer;
import org.namc.learning.grading.Grader;
import org.namc.learning.grading.GradingArbitraries;
import org.namc.learning.grading.GradingKey;
import org.namc.learning.grading.Option;
import org.namc.learning.grading.Question;
import org.namc.learning.grading.QuestionId;
import org.namc.learning.grading.QuestionSpec;
import org.namc.shared.domain.MemberId;

class RegradePlanProperties {

    /** An assessment whose version 2 changes version 1's answer keys, and attempts graded on version 1. */
    record Case(Assessment assessment, List<Attempt> attempts) {
    }

    @Provide
    Arbitrary<Case> cases() {
        return GradingArbitraries.keys(false).flatMap(v1 -> Combinators.combine(revisedKeys(v1),
                GradingArbitraries.answersFor(v1).list().ofMinSize(1).ofMaxSize(6)).as((v2, papers) -> {
            Assessment assessment = Assessment.create(new AssessmentId(new UUID(6, 1)), new CourseId(new UUID(6, 2)),
                    null, AssessmentProfile.quiz("Quiz", "Assessments"), AssessmentSettings.defaults(), v1.questions(),
                    T0).published(T0).revised(v2, T0.plusSeconds(1));
            List<Attempt> attempts = new ArrayList<>();
            for (int i = 0; i < papers.size(); i++) {
                Map<QuestionId, Answer> answers = papers.get(i);
                Attempt started = Attempt.start(new AttemptId(new UUID(7, i)), assessment.id(),
                        assessment.courseId(), new MemberId(new UUID(8, i)), 1, 1,
                        assessment.settings().windowFor(T0), i);
                attempts.add(started.submitted(answers, SubmissionTiming.ON_TIME, T0,
                        Grader.grade(assessment.gradingKey(1), answers)));
            }
            return new Case(assessment, attempts);
        }));
    }

    @Property(tries = 100)
    void regradingTwiceChangesNothingTheSecondTime(@ForAll("cases") Case c) {
        RegradePlan first = RegradePlan.of(c.assessment(), 2, c.attempts());
        List<Attempt> afterFirst = applied(c.attempts(), first);

        RegradePlan second = RegradePlan.of(c.assessment(), 2, afterFirst);

        assertThat(second.isEmpty()).isTrue();
        assertThat(second.changes()).isEmpty();
        assertThat(afterFirst).allSatisfy(a -> assertThat(a.gradedOnVersion()).isEqualTo(2));
    }

    @Property(tries = 100)
    void theDiffListsExactlyTheAttemptsWhoseGradeMoves(@ForAll("cases") Case c) {
        RegradePlan plan = RegradePlan.of(c.assessment(), 2, c.attempts());
        GradingKey v2 = c.assessment().gradingKey(2);

        Set<AttemptId> moved = new HashSet<>();
        for (Attempt a : c.attempts()) {
            var regraded = Grader.grade(v2, a.answers());
            if (regraded.score().compareTo(a.grade().score()) != 0 || regraded.passed() != a.grade().passed()
                    || regraded.percent().compareTo(a.grade().percent()) != 0) {
                moved.add(a.id());
            }
        }
        assertThat(plan.changes()).extracting(RegradeChange::attemptId).containsExactlyInAnyOrderElementsOf(moved);
        assertThat(plan.regraded()).hasSize(c.attempts().size()); // every attempt moves to version 2
        assertThat(RegradePlan.of(c.assessment(), 2, c.attempts()).fingerprint()).isEqualTo(plan.fingerprint());
    }

    @Property(tries = 100)
    void regradingBackToTheTakenVersionRestoresTheOriginalGrades(@ForAll("cases") Case c) {
        List<Attempt> onTwo = applied(c.attempts(), RegradePlan.of(c.assessment(), 2, c.attempts()));
        List<Attempt> backOnOne = applied(onTwo, RegradePlan.of(c.assessment(), 1, onTwo));
        Map<AttemptId, BigDecimal> original = c.attempts().stream()
                .collect(Collectors.toMap(Attempt::id, a -> a.grade().score()));
        assertThat(backOnOne).allSatisfy(a ->
                assertThat(a.grade().score()).isEqualByComparingTo(original.get(a.id())));
    }

    private static List<Attempt> applied(List<Attempt> attempts, RegradePlan plan) {
        Map<AttemptId, Attempt> regraded = plan.regraded().stream()
                .collect(Collectors.toMap(Attempt::id, Function.identity()));
        return attempts.stream().map(a -> regraded.getOrDefault(a.id(), a)).toList();
    }

    /** The same questions and options with freshly drawn answer keys (and points). */
    private static Arbitrary<List<Question>> revisedKeys(GradingKey v1) {
        List<Arbitrary<Question>> revised = v1.questions().stream().map(q -> Combinators.combine(
                Arbitraries.integers().between(1, 2_000), revisedSpec(q.spec()))
                .as((points, spec) -> new Question(q.id(), q.prompt(), BigDecimal.valueOf(points, 2), spec, null)))
                .toList();
        return Combinators.combine(revised).as(List::<Question>copyOf)
                .filter(questions -> !questions.equals(v1.questions())); // a revision changes something
    }

    private static Arbitrary<QuestionSpec> revisedSpec(QuestionSpec spec) {
        if (spec instanceof QuestionSpec.SingleChoice s) {
            return Arbitraries.of(s.options()).map(o -> new QuestionSpec.SingleChoice(s.options(), o.id()));
        }
        if (spec instanceof QuestionSpec.MultipleChoice m) {
            return Arbitraries.of(m.options()).set().ofMinSize(1).ofMaxSize(m.options().size())
                    .map(correct -> new QuestionSpec.MultipleChoice(m.options(),
                            correct.stream().map(Option::id).collect(Collectors.toSet()), m.scoring()));
        }
        if (spec instanceof QuestionSpec.TrueFalse) {
            return Arbitraries.of(true, false).map(QuestionSpec.TrueFalse::new);
        }
        if (spec instanceof QuestionSpec.Numeric n) {
            return Arbitraries.integers().between(-300, 300).map(d -> new QuestionSpec.Numeric(
                    n.expected().add(BigDecimal.valueOf(d, 2)), n.tolerance()));
        }
        return Arbitraries.of("alpha", "beta", "Gamma Ray", "delta").list().ofMinSize(1).ofMaxSize(2)
                .map(QuestionSpec.ShortText::new);
    }
}
