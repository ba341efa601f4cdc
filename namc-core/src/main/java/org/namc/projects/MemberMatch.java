package org.namc.projects;

import java.util.List;
import org.namc.projects.domain.MatchScore;
import org.namc.projects.matching.CriterionScore;
import org.namc.shared.domain.MemberId;

/** A member ranked for a project, with the breakdown of their score. */
public record MemberMatch(MemberId memberId, String name, MatchScore score, List<CriterionScore> breakdown) {
    public MemberMatch {
        breakdown = List.copyOf(breakdown);
    }
}
