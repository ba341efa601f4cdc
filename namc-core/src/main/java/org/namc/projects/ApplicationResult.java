package org.namc.projects;

import java.util.List;
import org.namc.projects.domain.ProjectId;
import org.namc.projects.matching.Ineligibility;
import org.namc.projects.matching.MatchResult;

/**
 * How applying ended: submitted (with the match it was scored at), or refused because the
 * member misses a hard requirement; then nothing is stored and the reasons say what is missing.
 */
public sealed interface ApplicationResult {

    record Submitted(ApplicationView application, MatchResult.Eligible match) implements ApplicationResult {
    }

    record Ineligible(ProjectId projectId, List<Ineligibility> reasons) implements ApplicationResult {
        public Ineligible {
            reasons = List.copyOf(reasons);
        }
    }
}
