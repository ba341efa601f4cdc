package org.namc.testing.inmemory;

import org.namc.shared.domain.CommonRefusal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.namc.projects.domain.Project;
import org.namc.projects.domain.ProjectId;
import org.namc.projects.spi.Projects;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.NamcException;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;

/** Projects in memory, with the database's version, uniqueness and counter rules. */
public final class InMemoryProjects implements Projects {
    private static final Comparator<Project> NEWEST_FIRST =
            Comparator.comparing(Project::createdAt).reversed().thenComparing(p -> p.id().value());

    private final InMemoryTable<ProjectId, Project> table;

    public InMemoryProjects(InMemoryTransactions transactions) {
        this.table = new InMemoryTable<>(transactions);
    }

    @Override
    public synchronized Project save(Project project) {
        Optional<Project> stored = table.get(project.id());
        long next = InMemoryTable.nextVersion(stored, project.version(), Project::version, "project " + project.id());
        String externalId = project.origin().externalId();
        if (externalId != null && !table.where(p -> !p.id().equals(project.id())
                && p.origin().equals(project.origin())).isEmpty()) {
            throw NamcException.refused(CommonRefusal.DUPLICATE, "a project imported from " + project.origin().source() + " as " + externalId
                    + " already exists");
        }
        int count = stored.map(Project::applicationCount).orElse(0);
        Project saved = project.withApplicationCount(count).atVersion(next);
        table.put(project.id(), saved);
        return saved;
    }

    @Override
    public Optional<Project> findById(ProjectId id) {
        return table.get(id);
    }

    @Override
    public Optional<Project> findByOrigin(String source, String externalId) {
        return table.where(p -> source.equals(p.origin().source()) && externalId.equals(p.origin().externalId()))
                .stream().findFirst();
    }

    @Override
    public Page<Project> ownedBy(MemberId owner, PageRequest page) {
        List<Project> owned = table.where(p -> owner.equals(p.owner()));
        owned.sort(NEWEST_FIRST);
        return Page.slice(owned, page);
    }

    @Override
    public synchronized boolean takeApplicationSlot(ProjectId id) {
        Optional<Project> stored = table.get(id);
        if (stored.isEmpty() || stored.get().isFull()) {
            return false;
        }
        table.put(id, stored.get().withApplicationCount(stored.get().applicationCount() + 1));
        return true;
    }

    @Override
    public synchronized void releaseApplicationSlot(ProjectId id) {
        table.get(id).ifPresent(p -> table.put(id, p.withApplicationCount(Math.max(0, p.applicationCount() - 1))));
    }

    /** Every stored project, for the in-memory search. */
    List<Project> all() {
        return List.copyOf(table.all());
    }
}
