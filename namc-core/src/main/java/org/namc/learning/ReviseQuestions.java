package org.namc.learning;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.namc.learning.domain.AssessmentId;

/** The assessment's questions and answer key as a new version; new attempts are taken on it. */
public record ReviseQuestions(@NotNull AssessmentId assessmentId,
                              @NotEmpty @Size(max = 200) List<QuestionDraft> questions) {
}
