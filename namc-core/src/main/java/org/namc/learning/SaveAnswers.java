package org.namc.learning;

import jakarta.validation.constraints.NotNull;
import java.util.Map;
import org.namc.learning.domain.AttemptId;
import org.namc.learning.grading.Answer;
import org.namc.learning.grading.QuestionId;

/** Saves the answers so far (replacing earlier saves); under auto-submit they are what gets graded. */
public record SaveAnswers(@NotNull AttemptId attemptId, @NotNull Map<QuestionId, Answer> answers) {
}
