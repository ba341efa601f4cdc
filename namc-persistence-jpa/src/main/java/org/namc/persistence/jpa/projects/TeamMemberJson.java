package org.namc.persistence.jpa.projects;

import org.jspecify.annotations.Nullable;
import org.namc.projects.domain.TeamMember;

/** An entry of {@code project_applications.team_members}. */
record TeamMemberJson(String name, String role, @Nullable Integer yearsOfExperience) {

    static TeamMemberJson of(TeamMember member) {
        return new TeamMemberJson(member.name(), member.role(), member.yearsOfExperience());
    }

    TeamMember toDomain() {
        return new TeamMember(name, role, yearsOfExperience);
    }
}
