package org.namc.projects.domain;

import java.util.Objects;

/**
 * A project found by search with its text relevance ({@code ts_rank_cd} over the weighted
 * search vector; 0 when the query had no text).
 */
public record ProjectHit(Project project, double relevance) {
    public ProjectHit {
        Objects.requireNonNull(project, "project");
        if (!Double.isFinite(relevance) || relevance < 0) {
            throw new IllegalArgumentException("relevance must be a finite, non-negative number");
        }
    }
}
