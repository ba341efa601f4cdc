package org.namc.learning;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.namc.learning.domain.AssessmentProfile;
import org.namc.learning.domain.AssessmentSettings;
import org.namc.learning.domain.CourseId;
import org.namc.learning.domain.LessonId;

/** A new, unpublished assessment of a course (optionally of one of its lessons); its questions are version 1. */
public record CreateAssessment(@NotNull CourseId courseId, @Nullable LessonId lessonId,
                               @NotNull AssessmentProfile profile, @NotNull AssessmentSettings settings,
                               @NotEmpty @Size(max = 200) List<QuestionDraft> questions) {
}
