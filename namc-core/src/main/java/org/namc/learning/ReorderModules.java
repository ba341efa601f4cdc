package org.namc.learning;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.namc.learning.domain.CourseId;
import org.namc.learning.domain.ModuleId;

/** The course's modules in their new order: every module exactly once. */
public record ReorderModules(@NotNull CourseId courseId, @NotNull List<ModuleId> moduleIds) {
}
