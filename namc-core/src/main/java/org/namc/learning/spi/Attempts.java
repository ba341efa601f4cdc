package org.namc.learning.spi;

import java.util.List;
import java.util.Optional;
import org.namc.learning.domain.AssessmentId;
import org.namc.learning.domain.Attempt;
import org.namc.learning.domain.AttemptId;
import org.namc.learning.domain.CourseId;
import org.namc.shared.domain.MemberId;

/** Assessment attempts. */
public interface Attempts {

    /**
     * Inserts (row version 0) or updates when the row version matches, returning the attempt at
     * its new row version. Fails with {@code CONFLICT} on a stale row version or a second
     * attempt with the same assessment, member and number: this uniqueness is what keeps the
     * attempt count within the maximum under concurrent starts.
     */
    Attempt save(Attempt attempt);

    Optional<Attempt> findById(AttemptId id);

    /** The member's attempts at the assessment, by number. */
    List<Attempt> listFor(AssessmentId assessment, MemberId member);

    /** Every attempt at the assessment, by member id, then number. */
    List<Attempt> listByAssessment(AssessmentId assessment);

    /** The member's attempts at every assessment of the course, by assessment id, then number. */
    List<Attempt> listByMemberInCourse(MemberId member, CourseId course);
}
