package org.namc.projects.internal;

import org.namc.projects.ProjectsSettings;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.namc.membership.domain.Member;
import org.namc.membership.domain.RenewalPolicy;
import org.namc.membership.spi.Members;
import org.namc.projects.domain.ApplicationId;
import org.namc.projects.domain.Project;
import org.namc.projects.domain.ProjectApplication;
import org.namc.projects.domain.ProjectId;
import org.namc.projects.matching.Candidate;
import org.namc.projects.matching.MatchEngine;
import org.namc.projects.matching.MatchTime;
import org.namc.projects.spi.MatchProspects;
import org.namc.projects.spi.ProjectApplications;
import org.namc.projects.spi.ProjectSearch;
import org.namc.projects.spi.Projects;
import org.namc.projects.spi.Qualifications;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Money;
import org.namc.shared.domain.NamcException;
import org.namc.shared.domain.Violations;
import org.namc.shared.internal.CommandValidation;
import org.namc.shared.internal.UnitOfWork;
import org.namc.shared.spi.IdGenerator;

/** What every projects use case needs, and the few steps they share. */
record ProjectsContext(Projects projects, ProjectApplications applications, ProjectSearch search,
                       Qualifications qualifications, Members members, Clock clock, IdGenerator ids,
                       UnitOfWork unitOfWork, CommandValidation validation, ProjectAccess access,
                       ProjectsSettings settings, RenewalPolicy renewalPolicy,
                       MatchEngine engine, CandidatePool candidates, MatchProspects prospects) {

    Instant now() {
        return clock.instant();
    }

    MatchTime matchTime() {
        return MatchTime.of(clock);
    }

    Project loadProject(ProjectId id) {
        return projects.findById(id).orElseThrow(() -> NamcException.notFound(ProjectAccess.PROJECT, id));
    }

    ProjectApplication loadApplication(ApplicationId id) {
        return applications.findById(id).orElseThrow(() -> NamcException.notFound(ProjectAccess.APPLICATION, id));
    }

    Member loadMember(MemberId id) {
        return members.findById(id).orElseThrow(() -> NamcException.notFound("member", id));
    }

    /** The member as matching sees them now, with their recorded qualifications. */
    Candidate candidate(MemberId id) {
        return Candidate.of(loadMember(id), qualifications.find(id).orElse(null), renewalPolicy);
    }

    /** Every amount must be in the portal's currency: stored budgets carry no currency of their own. */
    Violations sameCurrency(Violations violations, Map<String, Money> amounts) {
        String expected = settings.currency().getCurrencyCode();
        amounts.forEach((field, money) -> violations.check(money.currency().equals(settings.currency()), field,
                "currency", "must be in " + expected));
        return violations;
    }
}
