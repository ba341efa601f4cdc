package org.namc.learning;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.namc.learning.domain.CourseId;

/**
 * Publishes or hides a module or a lesson ({@code partId} names either), and makes it a
 * preview anyone may open without enrolling, or not.
 */
public record SetVisibility(@NotNull CourseId courseId, @NotNull UUID partId, boolean published, boolean preview) {
}
