package org.namc.testing.inmemory;

import org.namc.shared.domain.CommonRefusal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.namc.learning.domain.CourseId;
import org.namc.learning.domain.Enrollment;
import org.namc.learning.domain.EnrollmentCounts;
import org.namc.learning.domain.EnrollmentId;
import org.namc.learning.domain.EnrollmentStatus;
import org.namc.learning.spi.Enrollments;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.NamcException;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;

/** Enrolments in memory, unique per member and course as in the database. */
public final class InMemoryEnrollments implements Enrollments {
    private static final Comparator<Enrollment> OLDEST_FIRST =
            Comparator.comparing(Enrollment::enrolledAt).thenComparing(e -> e.id().value());

    private final InMemoryTable<EnrollmentId, Enrollment> table;

    public InMemoryEnrollments(InMemoryTransactions transactions) {
        this.table = new InMemoryTable<>(transactions);
    }

    @Override
    public synchronized Enrollment save(Enrollment enrollment) {
        Optional<Enrollment> stored = table.get(enrollment.id());
        long next = InMemoryTable.nextVersion(stored, enrollment.rowVersion(), Enrollment::rowVersion,
                "enrolment " + enrollment.id());
        boolean duplicate = !table.where(e -> e.memberId().equals(enrollment.memberId())
                && e.courseId().equals(enrollment.courseId()) && !e.id().equals(enrollment.id())).isEmpty();
        if (duplicate) {
            throw NamcException.refused(CommonRefusal.DUPLICATE, "member " + enrollment.memberId() + " is already enrolled in course "
                    + enrollment.courseId());
        }
        Enrollment saved = enrollment.atRowVersion(next);
        table.put(enrollment.id(), saved);
        return saved;
    }

    @Override
    public Optional<Enrollment> findById(EnrollmentId id) {
        return table.get(id);
    }

    @Override
    public Optional<Enrollment> find(MemberId member, CourseId course) {
        return table.where(e -> e.memberId().equals(member) && e.courseId().equals(course)).stream().findFirst();
    }

    @Override
    public Page<Enrollment> listByMember(MemberId member, PageRequest page) {
        List<Enrollment> found = table.where(e -> e.memberId().equals(member));
        found.sort(OLDEST_FIRST);
        return Page.slice(found, page);
    }

    @Override
    public Page<Enrollment> listByCourse(CourseId course, PageRequest page) {
        List<Enrollment> found = table.where(e -> e.courseId().equals(course));
        found.sort(OLDEST_FIRST);
        return Page.slice(found, page);
    }

    @Override
    public EnrollmentCounts countByCourse(CourseId course) {
        List<Enrollment> rows = table.where(e -> e.courseId().equals(course));
        long enrolled = rows.stream().filter(e -> e.storedStatus() == EnrollmentStatus.ACTIVE
                || e.storedStatus() == EnrollmentStatus.COMPLETED).count();
        long completed = rows.stream().filter(e -> e.storedStatus() == EnrollmentStatus.COMPLETED).count();
        return new EnrollmentCounts(enrolled, completed);
    }
}
