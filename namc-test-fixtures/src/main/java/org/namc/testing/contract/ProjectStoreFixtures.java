package org.namc.testing.contract;

import static org.namc.testing.data.MemberBuilder.aMember;

import java.time.Instant;
import java.util.UUID;
import org.namc.membership.domain.Member;
import org.namc.membership.spi.Members;
import org.namc.projects.domain.ApplicationId;
import org.namc.projects.domain.MatchScore;
import org.namc.projects.domain.Project;
import org.namc.projects.domain.ProjectApplication;
import org.namc.projects.domain.ProjectDetails;
import org.namc.projects.domain.ProjectId;
import org.namc.projects.domain.ProjectOrigin;
import org.namc.shared.domain.MemberId;
import org.namc.testing.data.ProjectBuilder;
import org.namc.testing.data.ProposalBuilder;

/** Rows the projects store contracts need: members (projects and applications refer to them) and projects. */
final class ProjectStoreFixtures {
    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private ProjectStoreFixtures() {
    }

    static MemberId member(Members members) {
        Member saved = members.save(aMember().member(new MemberId(UUID.randomUUID()), NOW));
        return saved.id();
    }

    static Project draft(MemberId owner, ProjectDetails details, Instant createdAt) {
        return Project.draft(new ProjectId(UUID.randomUUID()), ProjectOrigin.manual(), details, owner, createdAt);
    }

    static Project draft(MemberId owner) {
        return draft(owner, ProjectBuilder.aProject().details(), NOW);
    }

    static ProjectApplication application(ProjectId project, MemberId applicant, MatchScore score, Instant at) {
        return ProjectApplication.submit(new ApplicationId(UUID.randomUUID()), project, applicant,
                ProposalBuilder.aProposal().build(), score, at);
    }
}
