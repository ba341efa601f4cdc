package org.namc.projects;

import java.util.List;
import org.namc.projects.domain.MatchScore;
import org.namc.projects.matching.CriterionScore;

/** A project ranked for a member: its relevance to the search text, the match score and its breakdown. */
public record ProjectMatch(ProjectView project, double relevance, MatchScore score, List<CriterionScore> breakdown) {
    public ProjectMatch {
        breakdown = List.copyOf(breakdown);
    }
}
