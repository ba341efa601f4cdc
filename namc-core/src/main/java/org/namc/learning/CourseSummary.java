package org.namc.learning;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.namc.learning.domain.Course;
import org.namc.learning.domain.CourseId;
import org.namc.learning.domain.CourseLevel;
import org.namc.shared.domain.Money;

/** A course as a catalogue listing shows it. */
public record CourseSummary(CourseId id, String title, @Nullable String shortDescription, String instructorName,
                            String category, CourseLevel level, List<String> tags, Money price, boolean free,
                            int moduleCount, int lessonCount, int totalDurationMinutes, boolean published) {

    public static CourseSummary of(Course course) {
        var d = course.details();
        return new CourseSummary(course.id(), d.title(), d.shortDescription(), d.instructorName(), d.category(),
                d.level(), d.tags(), d.price(), d.isFree(), course.moduleCount(), course.lessonCount(),
                course.totalDurationMinutes(), course.isPublished());
    }
}
