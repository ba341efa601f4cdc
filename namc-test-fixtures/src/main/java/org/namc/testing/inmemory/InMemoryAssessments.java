package org.namc.testing.inmemory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.namc.learning.domain.Assessment;
import org.namc.learning.domain.AssessmentId;
import org.namc.learning.domain.CourseId;
import org.namc.learning.spi.Assessments;

/** Assessments in memory, with every version of their questions. */
public final class InMemoryAssessments implements Assessments {
    private final InMemoryTable<AssessmentId, Assessment> table;

    public InMemoryAssessments(InMemoryTransactions transactions) {
        this.table = new InMemoryTable<>(transactions);
    }

    @Override
    public synchronized Assessment save(Assessment assessment) {
        Optional<Assessment> stored = table.get(assessment.id());
        long next = InMemoryTable.nextVersion(stored, assessment.rowVersion(), Assessment::rowVersion,
                "assessment " + assessment.id());
        Assessment saved = assessment.atRowVersion(next);
        table.put(assessment.id(), saved);
        return saved;
    }

    @Override
    public Optional<Assessment> findById(AssessmentId id) {
        return table.get(id);
    }

    @Override
    public List<Assessment> listByCourse(CourseId course) {
        List<Assessment> found = table.where(a -> a.courseId().equals(course));
        found.sort(Comparator.comparing(Assessment::createdAt).thenComparing(a -> a.id().value()));
        return found;
    }
}
