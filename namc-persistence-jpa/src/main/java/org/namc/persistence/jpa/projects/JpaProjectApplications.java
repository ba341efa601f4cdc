package org.namc.persistence.jpa.projects;

import jakarta.persistence.LockModeType;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.namc.persistence.jpa.shared.JpaTransactions;
import org.namc.persistence.jpa.shared.Pages;
import org.namc.persistence.jpa.shared.RowWrites;
import org.namc.projects.domain.ApplicationId;
import org.namc.projects.domain.ProjectApplication;
import org.namc.projects.domain.ProjectId;
import org.namc.projects.spi.ProjectApplications;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;

/**
 * Applications in {@code project_applications}. A member applies once per project: the
 * table's {@code UNIQUE (project_id, user_id)} decides between concurrent first applications,
 * and the loser gets {@code CONFLICT}. Listings are one count and one page query, whatever the rows.
 */
public final class JpaProjectApplications implements ProjectApplications {
    private static final String ONE_PER_MEMBER = "project_applications_project_id_user_id_key";

    private final JpaTransactions transactions;

    public JpaProjectApplications(JpaTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public ProjectApplication save(ProjectApplication application) {
        return transactions.withEntityManager(em -> {
            ApplicationJpaEntity stored = em.find(ApplicationJpaEntity.class, application.id().value(),
                    LockModeType.PESSIMISTIC_WRITE);
            long version;
            if (stored == null) {
                em.persist(ApplicationMapper.newEntity(application));
                version = 0;
            } else {
                stored.version = RowWrites.nextVersion(stored.version, application.version(),
                        "application " + application.id());
                ApplicationMapper.copyInto(application, stored);
                version = stored.version;
            }
            RowWrites.flush(em, failure -> RowWrites.refusal(failure, Map.of(ONE_PER_MEMBER, "member "
                    + application.applicant() + " already applied to project " + application.projectId())));
            return application.atVersion(version);
        });
    }

    @Override
    public Optional<ProjectApplication> findById(ApplicationId id) {
        return transactions.withEntityManager(em -> Optional.ofNullable(em.find(ApplicationJpaEntity.class, id.value()))
                .map(ApplicationMapper::toDomain));
    }

    @Override
    public Optional<ProjectApplication> findByProjectAndApplicant(ProjectId project, MemberId applicant) {
        return transactions.withEntityManager(em -> em.createQuery("""
                        select a from ApplicationJpaEntity a where a.projectId = :project and a.applicant = :applicant""",
                        ApplicationJpaEntity.class)
                .setParameter("project", project.value())
                .setParameter("applicant", applicant.value())
                .getResultStream()
                .findFirst()
                .map(ApplicationMapper::toDomain));
    }

    @Override
    public Page<ProjectApplication> forProject(ProjectId project, PageRequest page) {
        return page("a.projectId = :key", "a.matchScore desc nulls last, a.submittedAt, a.id", project.value(), page);
    }

    @Override
    public Page<ProjectApplication> byApplicant(MemberId applicant, PageRequest page) {
        return page("a.applicant = :key", "a.submittedAt desc, a.id", applicant.value(), page);
    }

    private Page<ProjectApplication> page(String where, String order, UUID key, PageRequest page) {
        return transactions.withEntityManager(em -> Pages.of(
                em.createQuery("select count(a) from ApplicationJpaEntity a where " + where, Long.class)
                        .setParameter("key", key),
                em.createQuery("select a from ApplicationJpaEntity a where " + where + " order by " + order,
                                ApplicationJpaEntity.class)
                        .setParameter("key", key),
                page, ApplicationMapper::toDomain));
    }
}
