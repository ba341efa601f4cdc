package org.namc.testing.inmemory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.namc.projects.domain.Project;
import org.namc.projects.domain.ProjectHit;
import org.namc.projects.domain.ProjectId;
import org.namc.projects.domain.ProjectQuery;
import org.namc.projects.spi.ProjectSearch;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;

/**
 * Search over the in-memory projects with the semantics {@link ProjectSearch} states: the
 * filters of {@link ProjectQuery#admits}, web-search text over the weighted fields (see
 * {@link WebSearchQuery} and {@link EnglishText}: PostgreSQL's {@code english} text search)), and
 * the order relevance, then publication time (newest first), then id.
 */
public final class InMemoryProjectSearch implements ProjectSearch {
    private static final Comparator<ProjectHit> ORDER = Comparator
            .comparingDouble(ProjectHit::relevance).reversed()
            .thenComparing((ProjectHit h) -> h.project().publishedAt(), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(h -> h.project().id().value());

    private final InMemoryProjects projects;
    /** Each project's vector, built once per stored version (the store keeps versions as new instances). */
    private final Map<ProjectId, Indexed> documents = new ConcurrentHashMap<>();

    private record Indexed(Project project, SearchDocument document) {
    }

    public InMemoryProjectSearch(InMemoryProjects projects) {
        this.projects = projects;
    }

    @Override
    public Page<ProjectHit> search(ProjectQuery query, PageRequest page) {
        String text = query.filter().text();
        WebSearchQuery parsed = text == null ? null : WebSearchQuery.parse(text);
        List<ProjectHit> hits = new ArrayList<>();
        for (Project project : projects.all()) {
            if (!query.admits(project)) {
                continue;
            }
            double relevance = parsed == null ? 0
                    : parsed.isEmpty() ? -1 : parsed.relevance(document(project));
            if (relevance >= 0) {
                hits.add(new ProjectHit(project, relevance));
            }
        }
        hits.sort(ORDER);
        return Page.slice(hits, page);
    }

    private SearchDocument document(Project project) {
        Indexed indexed = documents.get(project.id());
        if (indexed == null || indexed.project() != project) {
            indexed = new Indexed(project, new SearchDocument(project));
            documents.put(project.id(), indexed);
        }
        return indexed.document();
    }
}
