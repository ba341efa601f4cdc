package org.namc.learning;

import jakarta.validation.constraints.NotNull;
import java.util.Map;
import org.namc.learning.domain.AttemptId;
import org.namc.learning.grading.Answer;
import org.namc.learning.grading.QuestionId;

public record SubmitAttempt(@NotNull AttemptId attemptId, @NotNull Map<QuestionId, Answer> answers) {
}
