package org.namc.testing.inmemory;

import org.namc.shared.domain.CommonRefusal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.namc.projects.domain.ApplicationId;
import org.namc.projects.domain.MatchScore;
import org.namc.projects.domain.ProjectApplication;
import org.namc.projects.domain.ProjectId;
import org.namc.projects.spi.ProjectApplications;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.NamcException;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;

/** Applications in memory, with the database's version check and its one-per-member-and-project key. */
public final class InMemoryProjectApplications implements ProjectApplications {
    private static final Comparator<ProjectApplication> FOR_REVIEWERS = Comparator
            .comparing(ProjectApplication::matchScore, Comparator.nullsLast(Comparator.<MatchScore>reverseOrder()))
            .thenComparing(ProjectApplication::submittedAt)
            .thenComparing(a -> a.id().value());
    private static final Comparator<ProjectApplication> NEWEST_FIRST = Comparator
            .comparing(ProjectApplication::submittedAt).reversed()
            .thenComparing(a -> a.id().value());

    private final InMemoryTable<ApplicationId, ProjectApplication> table;

    public InMemoryProjectApplications(InMemoryTransactions transactions) {
        this.table = new InMemoryTable<>(transactions);
    }

    @Override
    public synchronized ProjectApplication save(ProjectApplication application) {
        Optional<ProjectApplication> stored = table.get(application.id());
        long next = InMemoryTable.nextVersion(stored, application.version(), ProjectApplication::version,
                "application " + application.id());
        if (!table.where(a -> !a.id().equals(application.id()) && a.projectId().equals(application.projectId())
                && a.applicant().equals(application.applicant())).isEmpty()) {
            throw NamcException.refused(CommonRefusal.DUPLICATE, "member " + application.applicant() + " already applied to project "
                    + application.projectId());
        }
        ProjectApplication saved = application.atVersion(next);
        table.put(application.id(), saved);
        return saved;
    }

    @Override
    public Optional<ProjectApplication> findById(ApplicationId id) {
        return table.get(id);
    }

    @Override
    public Optional<ProjectApplication> findByProjectAndApplicant(ProjectId project, MemberId applicant) {
        return table.where(a -> a.projectId().equals(project) && a.applicant().equals(applicant)).stream().findFirst();
    }

    @Override
    public Page<ProjectApplication> forProject(ProjectId project, PageRequest page) {
        List<ProjectApplication> found = table.where(a -> a.projectId().equals(project));
        found.sort(FOR_REVIEWERS);
        return Page.slice(found, page);
    }

    @Override
    public Page<ProjectApplication> byApplicant(MemberId applicant, PageRequest page) {
        List<ProjectApplication> found = table.where(a -> a.applicant().equals(applicant));
        found.sort(NEWEST_FIRST);
        return Page.slice(found, page);
    }
}
