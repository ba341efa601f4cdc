package org.namc.learning.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import java.util.Random;

class GraderProperties {

    @Provide
    Arbitrary<GradingArbitraries.Paper> papers() {
        return GradingArbitraries.papers(true);
    }

    @Provide
    Arbitrary<GradingArbitraries.Paper> autoGradedPapers() {
        return GradingArbitraries.papers(false);
    }

    @Property
    void theScoreLiesBetweenZeroAndTheMaximum(@ForAll("papers") GradingArbitraries.Paper paper) {
        GradeReport report = Grader.grade(paper.key(), paper.answers());

        assertThat(report.score()).isBetween(BigDecimal.ZERO, report.maxScore());
        assertThat(report.percent()).isBetween(BigDecimal.ZERO, new BigDecimal("100"));
        assertThat(report.maxScore()).isEqualByComparingTo(paper.key().maxScore());
        for (QuestionResult q : report.questions()) {
            assertThat(q.earnedOrZero()).isBetween(BigDecimal.ZERO, q.max());
        }
        if (report.passed()) {
            assertThat(report.percent()).isGreaterThanOrEqualTo(paper.key().passingPercent());
        }
    }

    @Property
    void aCorrectAnswerNeverLowersTheScore(@ForAll("papers") GradingArbitraries.Paper paper,
                                           @ForAll Random random) {
        List<Question> autoGraded = paper.key().questions().stream()
                .filter(q -> q.spec().correctAnswer() != null).toList();
        if (autoGraded.isEmpty()) {
            return;
        }
        Question chosen = autoGraded.get(random.nextInt(autoGraded.size()));
        Map<QuestionId, Answer> corrected = new HashMap<>(paper.answers());
        corrected.put(chosen.id(), chosen.spec().correctAnswer());

        GradeReport before = Grader.grade(paper.key(), paper.answers());
        GradeReport after = Grader.grade(paper.key(), corrected);

        assertThat(after.score()).isGreaterThanOrEqualTo(before.score());
        assertThat(after.percent()).isGreaterThanOrEqualTo(before.percent());
        QuestionResult result = after.questions().stream().filter(r -> r.questionId().equals(chosen.id()))
                .findFirst().orElseThrow();
        assertThat(result.outcome()).isEqualTo(QuestionOutcome.CORRECT);
        assertThat(result.earned()).isEqualByComparingTo(chosen.points());
    }

    @Property
    void allCorrectAnswersEarnFullMarks(@ForAll("autoGradedPapers") GradingArbitraries.Paper paper) {
        Map<QuestionId, Answer> perfect = new HashMap<>();
        paper.key().questions().forEach(q -> perfect.put(q.id(), q.spec().correctAnswer()));

        GradeReport report = Grader.grade(paper.key(), perfect);

        assertThat(report.score()).isEqualByComparingTo(report.maxScore());
        assertThat(report.percent()).isEqualByComparingTo("100");
        assertThat(report.passed()).isTrue();
    }

    @Property
    void gradingIsDeterministicAndIndependentOfAnswerOrder(@ForAll("papers") GradingArbitraries.Paper paper,
                                                          @ForAll Random random) {
        List<Map.Entry<QuestionId, Answer>> entries = new ArrayList<>(paper.answers().entrySet());
        Collections.shuffle(entries, random);
        Map<QuestionId, Answer> reordered = new LinkedHashMap<>();
        for (Map.Entry<QuestionId, Answer> e : entries) {
            Answer answer = e.getValue();
            if (answer instanceof Answer.Choices choices) {
                List<String> ids = new ArrayList<>(choices.optionIds());
                Collections.shuffle(ids, random);
                answer = new Answer.Choices(ids);
            }
            reordered.put(e.getKey(), answer);
        }

        GradeReport first = Grader.grade(paper.key(), paper.answers());

        assertThat(Grader.grade(paper.key(), paper.answers())).isEqualTo(first);
        assertThat(Grader.grade(paper.key(), reordered)).isEqualTo(first);
    }
}
