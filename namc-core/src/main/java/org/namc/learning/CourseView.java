package org.namc.learning;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.namc.learning.domain.Course;
import org.namc.learning.domain.CourseDetails;
import org.namc.learning.domain.CourseId;
import org.namc.learning.domain.CourseModule;
import org.namc.learning.domain.EnrollmentCounts;
import org.namc.learning.grading.CourseGrading;
import org.namc.shared.domain.MemberId;

/**
 * A course with its outline. Authors see drafts too; everyone else sees only published
 * modules and lessons. The counts are derived, never stored: modules, lessons and minutes
 * count published content; assessments count published ones; enrolments count the rows.
 */
public record CourseView(CourseId id, CourseDetails details, @Nullable MemberId ownerId, boolean published,
                         @Nullable Instant publishedAt, List<ModuleView> modules, int moduleCount, int lessonCount,
                         int totalDurationMinutes, int assessmentCount, EnrollmentCounts enrollments,
                         CourseGrading grading, Instant createdAt, Instant updatedAt) {
    public CourseView {
        modules = List.copyOf(modules);
    }

    public static CourseView of(Course course, boolean withDrafts, int assessmentCount, EnrollmentCounts counts) {
        List<ModuleView> modules = new ArrayList<>();
        List<CourseModule> shown = withDrafts ? course.modules()
                : course.modules().stream().filter(CourseModule::published).toList();
        for (int i = 0; i < shown.size(); i++) {
            modules.add(ModuleView.of(shown.get(i), i, withDrafts));
        }
        return new CourseView(course.id(), course.details(), course.ownerId(), course.isPublished(),
                course.publishedAt(), modules, course.moduleCount(), course.lessonCount(),
                course.totalDurationMinutes(), assessmentCount, counts, course.grading(), course.createdAt(),
                course.updatedAt());
    }
}
