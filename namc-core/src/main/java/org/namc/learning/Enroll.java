package org.namc.learning;

import jakarta.validation.constraints.NotNull;
import org.namc.learning.domain.CourseId;
import org.namc.shared.domain.MemberId;

/** Enrols a member in a published course. */
public record Enroll(@NotNull MemberId memberId, @NotNull CourseId courseId) {
}
