package org.namc.learning;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.Map;
import org.namc.learning.domain.AttemptId;
import org.namc.learning.grading.QuestionId;

/** An instructor's points for essay answers of a submitted attempt; earlier points for other essays stay. */
public record GradeEssays(@NotNull AttemptId attemptId, @NotEmpty Map<QuestionId, BigDecimal> points) {
}
