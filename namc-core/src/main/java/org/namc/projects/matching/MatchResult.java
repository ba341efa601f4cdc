package org.namc.projects.matching;

import java.util.List;
import org.namc.projects.domain.MatchScore;
import org.namc.projects.domain.ProjectId;
import org.namc.shared.domain.MemberId;

/**
 * A member measured against a project: eligible with a score, or ineligible because of a
 * hard requirement (never a low score). Both carry the readable breakdown.
 */
public sealed interface MatchResult {

    MemberId member();

    ProjectId project();

    List<CriterionScore> breakdown();

    record Eligible(MemberId member, ProjectId project, MatchScore score, List<CriterionScore> breakdown)
            implements MatchResult {
        public Eligible {
            breakdown = List.copyOf(breakdown);
        }
    }

    record Ineligible(MemberId member, ProjectId project, List<Ineligibility> reasons,
                      List<CriterionScore> breakdown) implements MatchResult {
        public Ineligible {
            reasons = List.copyOf(reasons);
            breakdown = List.copyOf(breakdown);
            if (reasons.isEmpty()) {
                throw new IllegalArgumentException("an ineligible match names at least one reason");
            }
        }
    }
}
