package org.namc.learning.spi;

import java.util.Optional;
import org.namc.learning.domain.Course;
import org.namc.learning.domain.CourseId;
import org.namc.learning.domain.CourseQuery;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;

/** The course catalogue: each course with its modules and lessons, stored as one aggregate. */
public interface Courses {

    /**
     * Inserts a new course (row version 0) or updates one whose row version still matches the
     * stored one, and returns it at its new row version. Fails with {@code CONFLICT} when the
     * stored row version moved on.
     */
    Course save(Course course);

    Optional<Course> findById(CourseId id);

    /** Courses matching {@link CourseQuery#matches}, ordered by title (case-insensitive), then id. */
    Page<Course> search(CourseQuery query, PageRequest page);
}
