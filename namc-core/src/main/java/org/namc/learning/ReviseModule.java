package org.namc.learning;

import jakarta.validation.constraints.NotNull;
import org.namc.learning.domain.CourseId;
import org.namc.learning.domain.ModuleContent;
import org.namc.learning.domain.ModuleId;

public record ReviseModule(@NotNull CourseId courseId, @NotNull ModuleId moduleId, @NotNull ModuleContent content) {
}
