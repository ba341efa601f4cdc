package org.namc.learning;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.namc.learning.grading.QuestionId;
import org.namc.learning.grading.QuestionSpec;

/**
 * A question as an author writes it. {@code keep} names the question it revises (so answers
 * and regrades follow it from version to version); a new question leaves it empty and gets a
 * fresh id.
 */
public record QuestionDraft(@Nullable QuestionId keep, @NotBlank @Size(max = 5_000) String prompt,
                            @NotNull BigDecimal points, @NotNull QuestionSpec spec,
                            @Size(max = 5_000) @Nullable String explanation) {

    public static QuestionDraft of(String prompt, String points, QuestionSpec spec) {
        return new QuestionDraft(null, prompt, new BigDecimal(points), spec, null);
    }

    /** The same question, revised: it keeps {@code id}. */
    public QuestionDraft revising(QuestionId id) {
        return new QuestionDraft(id, prompt, points, spec, explanation);
    }
}
