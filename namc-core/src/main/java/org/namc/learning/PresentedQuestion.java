package org.namc.learning;

import java.math.BigDecimal;
import java.util.List;
import org.namc.learning.grading.Option;
import org.namc.learning.grading.QuestionId;

/**
 * A question as the learner sees it during an attempt: no answer key, options in the
 * attempt's order. {@code kind} is the question kind's name (SingleChoice, MultipleChoice,
 * TrueFalse, Numeric, ShortText, Essay).
 */
public record PresentedQuestion(QuestionId id, String kind, String prompt, BigDecimal points, List<Option> options) {
    public PresentedQuestion {
        options = List.copyOf(options);
    }
}
