package org.namc.benchmarks.grading;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.namc.learning.grading.Answer;
import org.namc.learning.grading.GradingKey;
import org.namc.learning.grading.Question;
import org.namc.learning.grading.QuestionId;
import org.namc.learning.grading.QuestionSpec;
import org.namc.learning.grading.TextMatching;

/**
 * The alternative for B11: the grading rules written plainly over a map from question to key
 * (accepted texts normalised once), points in hundredths. Gives points only: no feedback,
 * no validation of the answers, no report.
 */
final class NaiveGrader {
    private record Key(long pointsHundredths, QuestionSpec spec, Set<String> acceptedTexts) {
    }

    private final Map<QuestionId, Key> keys = new HashMap<>();
    private final List<QuestionId> order;
    private final long maxHundredths;

    NaiveGrader(GradingKey key) {
        long max = 0;
        for (Question q : key.questions()) {
            Set<String> accepted = new HashSet<>();
            if (q.spec() instanceof QuestionSpec.ShortText text) {
                text.acceptedAnswers().forEach(a -> accepted.add(TextMatching.normalise(a)));
            }
            long hundredths = q.points().movePointRight(2).longValueExact();
            keys.put(q.id(), new Key(hundredths, q.spec(), accepted));
            max += hundredths;
        }
        order = key.questions().stream().map(Question::id).toList();
        maxHundredths = max;
    }

    /** Earned points per question (in key order) and, last, the percent in hundredths rounded down. */
    long[] grade(Map<QuestionId, Answer> answers) {
        long[] earned = new long[order.size() + 1];
        long total = 0;
        for (int i = 0; i < order.size(); i++) {
            Key key = keys.get(order.get(i));
            Answer answer = answers.get(order.get(i));
            earned[i] = answer == null || !answer.isGiven() ? 0 : earned(key, answer);
            total += earned[i];
        }
        earned[order.size()] = total * 10_000 / maxHundredths;
        return earned;
    }

    private static long earned(Key key, Answer answer) {
        QuestionSpec spec = key.spec();
        if (spec instanceof QuestionSpec.SingleChoice single) {
            return ((Answer.Choice) answer).optionId().equals(single.correctOptionId()) ? key.pointsHundredths() : 0;
        }
        if (spec instanceof QuestionSpec.TrueFalse trueFalse) {
            return ((Answer.TrueOrFalse) answer).value() == trueFalse.correct() ? key.pointsHundredths() : 0;
        }
        if (spec instanceof QuestionSpec.Numeric numeric) {
            BigDecimal off = ((Answer.Number) answer).value().subtract(numeric.expected()).abs();
            return off.compareTo(numeric.tolerance()) <= 0 ? key.pointsHundredths() : 0;
        }
        if (spec instanceof QuestionSpec.ShortText) {
            return key.acceptedTexts().contains(TextMatching.normalise(((Answer.Text) answer).value()))
                    ? key.pointsHundredths() : 0;
        }
        QuestionSpec.MultipleChoice multiple = (QuestionSpec.MultipleChoice) spec;
        int k = multiple.correctOptionIds().size();
        int w = multiple.options().size() - k;
        int c = 0;
        int e = 0;
        for (String option : new HashSet<>(((Answer.Choices) answer).optionIds())) {
            if (multiple.correctOptionIds().contains(option)) {
                c++;
            } else {
                e++;
            }
        }
        long numerator = w == 0 ? c : (long) c * w - (long) e * k;
        long denominator = w == 0 ? k : (long) k * w;
        return numerator <= 0 ? 0 : key.pointsHundredths() * numerator / denominator;
    }
}
