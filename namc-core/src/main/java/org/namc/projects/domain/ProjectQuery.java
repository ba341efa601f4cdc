package org.namc.projects.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * What the search port is asked: the searcher's filter, the visibilities access control lets
 * them read, and the instant deadlines must lie after (the later of the filter's and now).
 * Only {@code PUBLISHED} projects are searched.
 */
public record ProjectQuery(ProjectFilter filter, Set<ProjectVisibility> visibleTo, Instant deadlineAfter) {
    public ProjectQuery {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(deadlineAfter, "deadlineAfter");
        visibleTo = Set.copyOf(visibleTo);
    }

    /** The filter as asked at {@code now}: deadlines already past never show. */
    public static ProjectQuery of(ProjectFilter filter, Set<ProjectVisibility> visibleTo, Instant now) {
        Instant after = filter.deadlineAfter() != null && filter.deadlineAfter().isAfter(now)
                ? filter.deadlineAfter() : now;
        return new ProjectQuery(filter, visibleTo, after);
    }

    /** Whether {@code project} passes every filter except the text query (which adapters rank). */
    public boolean admits(Project project) {
        ProjectDetails d = project.details();
        Instant deadline = d.timeline().deadline();
        return project.status() == ProjectStatus.PUBLISHED
                && visibleTo.contains(d.visibility())
                && deadline != null && deadline.isAfter(deadlineAfter)
                && (filter.categories().isEmpty() || filter.categories().contains(d.brief().category()))
                && (filter.budget() == null || filter.budget().overlaps(d.budget()))
                && (filter.radius() == null || d.location().coordinates() != null
                        && filter.radius().covers(d.location().coordinates()))
                && (filter.skillsAny().isEmpty() || d.requirements().skills().stream()
                        .anyMatch(filter.skillsAny()::contains))
                && d.requirements().skills().containsAll(filter.skillsAll());
    }
}
