package org.namc.persistence.jpa.projects;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.namc.persistence.jpa.shared.JpaTransactions;
import org.namc.persistence.jpa.shared.Pages;
import org.namc.persistence.jpa.shared.RowWrites;
import org.namc.projects.domain.Project;
import org.namc.projects.domain.ProjectId;
import org.namc.projects.spi.Projects;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;

/**
 * Projects in the {@code projects} table.
 *
 * <p>Concurrency: {@code application_count} changes only through one conditional
 * {@code UPDATE} per slot, so concurrent applicants queue on the row's lock and each sees the
 * count its predecessor committed; no more than {@code max_applications} ever succeed, and no
 * one retries. Edits check the version under a row lock and never write the count.
 */
public final class JpaProjects implements Projects {
    private static final String ORIGIN_INDEX = "idx_projects_external";

    private final JpaTransactions transactions;

    public JpaProjects(JpaTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public Project save(Project project) {
        return transactions.withEntityManager(em -> {
            ProjectJpaEntity stored = em.find(ProjectJpaEntity.class, project.id().value(),
                    LockModeType.PESSIMISTIC_WRITE);
            if (stored == null) {
                ProjectJpaEntity created = ProjectMapper.newEntity(project);
                em.persist(created);
                flush(em, project);
                return project.withApplicationCount(0).atVersion(0);
            }
            stored.version = RowWrites.nextVersion(stored.version, project.version(), "project " + project.id());
            ProjectMapper.copyInto(project, stored);
            flush(em, project);
            return project.withApplicationCount(stored.applicationCount).atVersion(stored.version);
        });
    }

    @Override
    public Optional<Project> findById(ProjectId id) {
        return transactions.withEntityManager(em -> Optional.ofNullable(em.find(ProjectJpaEntity.class, id.value()))
                .filter(p -> p.deletedAt == null)
                .map(ProjectMapper::toDomain));
    }

    @Override
    public Optional<Project> findByOrigin(String source, String externalId) {
        return transactions.withEntityManager(em -> em.createQuery("""
                        select p from ProjectJpaEntity p
                        where p.source = :source and p.externalId = :externalId and p.deletedAt is null""",
                        ProjectJpaEntity.class)
                .setParameter("source", source)
                .setParameter("externalId", externalId)
                .getResultStream()
                .findFirst()
                .map(ProjectMapper::toDomain));
    }

    @Override
    public Page<Project> ownedBy(MemberId owner, PageRequest page) {
        return transactions.withEntityManager(em -> Pages.of(
                em.createQuery("select count(p) from ProjectJpaEntity p where p.owner = :owner and p.deletedAt is null",
                                Long.class)
                        .setParameter("owner", owner.value()),
                em.createQuery("""
                                select p from ProjectJpaEntity p where p.owner = :owner and p.deletedAt is null
                                order by p.createdAt desc, p.id""", ProjectJpaEntity.class)
                        .setParameter("owner", owner.value()),
                page, ProjectMapper::toDomain));
    }

    @Override
    public boolean takeApplicationSlot(ProjectId id) {
        // A conditional update rather than read-then-write: the row lock it takes serialises
        // concurrent applicants, and the re-checked WHERE refuses the one past the limit.
        return changeCount(id, """
                update {h-schema}projects set application_count = application_count + 1
                where id = :id and deleted_at is null
                  and (max_applications is null or application_count < max_applications)""") == 1;
    }

    @Override
    public void releaseApplicationSlot(ProjectId id) {
        changeCount(id, """
                update {h-schema}projects set application_count = application_count - 1
                where id = :id and application_count > 0""");
    }

    private int changeCount(ProjectId id, String update) {
        return transactions.withEntityManager(em -> {
            int changed = em.createNativeQuery(update).setParameter("id", id.value()).executeUpdate();
            // The count changed behind Hibernate's back: a project already loaded in this unit must be read again.
            ProjectJpaEntity loaded = em.getReference(ProjectJpaEntity.class, id.value());
            em.detach(loaded);
            return changed;
        });
    }

    private static void flush(EntityManager em, Project project) {
        RowWrites.flush(em, failure -> RowWrites.refusal(failure, Map.of(ORIGIN_INDEX, "a project imported from "
                + project.origin().source() + " as " + project.origin().externalId() + " already exists")));
    }
}
