package org.namc.learning.spi;

import java.util.Optional;
import org.namc.learning.domain.CourseId;
import org.namc.learning.domain.Enrollment;
import org.namc.learning.domain.EnrollmentCounts;
import org.namc.learning.domain.EnrollmentId;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;

/** Enrolments: at most one per member and course. */
public interface Enrollments {

    /**
     * Inserts (row version 0) or updates when the row version matches, returning the enrolment
     * at its new row version. Fails with {@code CONFLICT} on a stale row version or when another
     * enrolment of the same member in the same course exists.
     */
    Enrollment save(Enrollment enrollment);

    Optional<Enrollment> findById(EnrollmentId id);

    Optional<Enrollment> find(MemberId member, CourseId course);

    /** The member's enrolments, oldest first (by enrolment time, then id). */
    Page<Enrollment> listByMember(MemberId member, PageRequest page);

    /** The course's enrolments, oldest first (by enrolment time, then id). */
    Page<Enrollment> listByCourse(CourseId course, PageRequest page);

    /** Counted from the stored statuses: see {@link EnrollmentCounts}. */
    EnrollmentCounts countByCourse(CourseId course);
}
