package org.namc.testing.inmemory;

import org.namc.shared.domain.CommonRefusal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.namc.learning.domain.AssessmentId;
import org.namc.learning.domain.Attempt;
import org.namc.learning.domain.AttemptId;
import org.namc.learning.domain.CourseId;
import org.namc.learning.spi.Attempts;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.NamcException;

/** Attempts in memory, unique per assessment, member and number as in the database. */
public final class InMemoryAttempts implements Attempts {
    private final InMemoryTable<AttemptId, Attempt> table;

    public InMemoryAttempts(InMemoryTransactions transactions) {
        this.table = new InMemoryTable<>(transactions);
    }

    @Override
    public synchronized Attempt save(Attempt attempt) {
        Optional<Attempt> stored = table.get(attempt.id());
        long next = InMemoryTable.nextVersion(stored, attempt.rowVersion(), Attempt::rowVersion,
                "attempt " + attempt.id());
        boolean numberTaken = !table.where(a -> a.assessmentId().equals(attempt.assessmentId())
                && a.memberId().equals(attempt.memberId()) && a.number() == attempt.number()
                && !a.id().equals(attempt.id())).isEmpty();
        if (numberTaken) {
            throw NamcException.refused(CommonRefusal.DUPLICATE, "attempt " + attempt.number() + " of member " + attempt.memberId()
                    + " at assessment " + attempt.assessmentId() + " already exists");
        }
        Attempt saved = attempt.atRowVersion(next);
        table.put(attempt.id(), saved);
        return saved;
    }

    @Override
    public Optional<Attempt> findById(AttemptId id) {
        return table.get(id);
    }

    @Override
    public List<Attempt> listFor(AssessmentId assessment, MemberId member) {
        List<Attempt> found = table.where(a -> a.assessmentId().equals(assessment) && a.memberId().equals(member));
        found.sort(Comparator.comparingInt(Attempt::number));
        return found;
    }

    @Override
    public List<Attempt> listByAssessment(AssessmentId assessment) {
        List<Attempt> found = table.where(a -> a.assessmentId().equals(assessment));
        found.sort(Comparator.comparing((Attempt a) -> a.memberId().value()).thenComparingInt(Attempt::number));
        return found;
    }

    @Override
    public List<Attempt> listByMemberInCourse(MemberId member, CourseId course) {
        List<Attempt> found = table.where(a -> a.memberId().equals(member) && a.courseId().equals(course));
        found.sort(Comparator.comparing((Attempt a) -> a.assessmentId().value()).thenComparingInt(Attempt::number));
        return found;
    }
}
