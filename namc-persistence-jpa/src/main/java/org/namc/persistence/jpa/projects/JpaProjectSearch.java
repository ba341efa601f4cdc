package org.namc.persistence.jpa.projects;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.namc.persistence.jpa.shared.ReadOnlyQueries;
import org.namc.projects.domain.Project;
import org.namc.projects.domain.ProjectHit;
import org.namc.projects.domain.ProjectQuery;
import org.namc.projects.spi.ProjectSearch;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;

/**
 * {@link ProjectSearch} in SQL (see {@link ProjectSearchSql}). Two statements whatever the page
 * size: the ranked ids with the total, then the projects of those ids (a third, a count, only for
 * a page past the last hit). Runs on the read replica when one is configured, read-only on the
 * primary otherwise, and inside a running unit of work on that unit, so it sees its writes.
 */
public final class JpaProjectSearch implements ProjectSearch {
    private final ReadOnlyQueries reads;

    public JpaProjectSearch(ReadOnlyQueries reads) {
        this.reads = Objects.requireNonNull(reads, "reads");
    }

    @Override
    public Page<ProjectHit> search(ProjectQuery query, PageRequest page) {
        ProjectSearchSql sql = new ProjectSearchSql(query);
        return reads.read(em -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = sql.bind(em.createNativeQuery(sql.page()))
                    .setParameter("limit", page.size())
                    .setParameter("offset", page.offset())
                    .getResultList();
            if (rows.isEmpty()) {
                long total = ((Number) sql.bind(em.createNativeQuery(sql.count())).getSingleResult()).longValue();
                return new Page<>(List.of(), page, total);
            }
            List<UUID> ids = rows.stream().map(row -> (UUID) row[0]).toList();
            Map<UUID, Project> projects = em.createQuery("select p from ProjectJpaEntity p where p.id in :ids",
                            ProjectJpaEntity.class)
                    .setParameter("ids", ids)
                    .getResultStream()
                    .map(ProjectMapper::toDomain)
                    .collect(Collectors.toMap(p -> p.id().value(), Function.identity()));
            List<ProjectHit> hits = rows.stream()
                    .map(row -> new ProjectHit(projects.get((UUID) row[0]), ((Number) row[1]).doubleValue()))
                    .toList();
            return new Page<>(hits, page, ((Number) rows.get(0)[2]).longValue());
        });
    }
}
