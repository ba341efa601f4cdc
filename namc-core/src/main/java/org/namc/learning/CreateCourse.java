package org.namc.learning;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.namc.learning.domain.CourseDetails;
import org.namc.shared.domain.MemberId;

/**
 * A new draft course. {@code owner} is the instructor who may edit, publish and grade it; when
 * absent, the acting member.
 */
public record CreateCourse(@NotNull CourseDetails details, @Nullable MemberId owner) {
    public static CreateCourse of(CourseDetails details) {
        return new CreateCourse(details, null);
    }
}
