package org.namc.learning.spi;

import java.util.List;
import java.util.Optional;
import org.namc.learning.domain.Assessment;
import org.namc.learning.domain.AssessmentId;
import org.namc.learning.domain.CourseId;

/** Assessments, each with all versions of its questions. */
public interface Assessments {

    /**
     * Inserts (row version 0) or updates when the row version matches, returning the
     * assessment at its new row version. Fails with {@code CONFLICT} on a stale row version.
     */
    Assessment save(Assessment assessment);

    Optional<Assessment> findById(AssessmentId id);

    /** The course's assessments, in creation order (then id). */
    List<Assessment> listByCourse(CourseId course);
}
