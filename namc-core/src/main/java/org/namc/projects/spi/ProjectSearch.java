package org.namc.projects.spi;

import org.namc.projects.domain.ProjectHit;
import org.namc.projects.domain.ProjectQuery;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;

/**
 * Full-text and filtered search over published projects.
 *
 * <p>Semantics every adapter keeps (the PostGIS one with the seed's indexes):
 * <ul>
 *   <li>only {@code PUBLISHED} projects whose visibility is in {@code visibleTo} and whose
 *       deadline lies after {@code deadlineAfter}; the other filters as
 *       {@link ProjectQuery#admits} states them ({@code ST_DWithin} on the sphere
 *       {@link org.namc.projects.domain.Radius#covers} measures on, {@code &&} and {@code @>} for
 *       skills any/all);</li>
 *   <li>the text is read as {@code websearch_to_tsquery('english', text)} against the search
 *       vector of title (weight A), description (B), keywords (C) and organisation (D): English
 *       (Snowball) stemming, PostgreSQL's parser and stop words, all words required,
 *       {@code "phrases"}, {@code or}, {@code -not}; with text, only matching projects are hits;</li>
 *   <li>relevance is {@code ts_rank_cd} with the default weights (A 1.0, B 0.4, C 0.2, D 0.1):
 *       a match in the title outranks the same match in the description, which outranks
 *       keywords, then organisation; more occurrences rank higher. Without text it is 0;</li>
 *   <li>order: relevance descending, then {@code publishedAt} descending, then id ascending,
 *       so paging is stable.</li>
 * </ul>
 */
public interface ProjectSearch {

    Page<ProjectHit> search(ProjectQuery query, PageRequest page);
}
