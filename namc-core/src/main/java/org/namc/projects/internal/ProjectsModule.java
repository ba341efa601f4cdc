package org.namc.projects.internal;

import org.namc.projects.ProjectsSettings;
import java.time.Clock;
import java.time.Duration;
import java.util.Currency;
import java.util.Objects;
import org.namc.membership.domain.RenewalPolicy;
import org.namc.membership.spi.Members;
import org.namc.projects.ApplicationResult;
import org.namc.projects.ApplicationView;
import org.namc.projects.AwardProject;
import org.namc.projects.CancelProject;
import org.namc.projects.CreateProject;
import org.namc.projects.DecideApplication;
import org.namc.projects.FoundProject;
import org.namc.projects.ImportProject;
import org.namc.projects.ImportResult;
import org.namc.projects.MemberMatch;
import org.namc.projects.ProjectMatch;
import org.namc.projects.ProjectView;
import org.namc.projects.ProjectsApi;
import org.namc.projects.ProvideInformation;
import org.namc.projects.RankMembers;
import org.namc.projects.RankProjects;
import org.namc.projects.RecordQualifications;
import org.namc.projects.RequestInformation;
import org.namc.projects.SearchProjects;
import org.namc.projects.ShortlistApplication;
import org.namc.projects.SubmitApplication;
import org.namc.projects.UpdateProject;
import org.namc.projects.domain.ApplicationDecision;
import org.namc.projects.domain.ApplicationId;
import org.namc.projects.domain.ContractorQualifications;
import org.namc.projects.domain.ProjectId;
import org.namc.projects.matching.MatchEngine;
import org.namc.projects.matching.MatchResult;
import org.namc.projects.matching.MatchWeights;
import org.namc.projects.spi.MatchProspects;
import org.namc.projects.spi.ProjectApplications;
import org.namc.projects.spi.ProjectSearch;
import org.namc.projects.spi.Projects;
import org.namc.projects.spi.Qualifications;
import org.namc.shared.authorization.Authorizer;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;
import org.namc.shared.internal.CommandValidation;
import org.namc.shared.internal.UnitOfWork;
import org.namc.shared.spi.IdGenerator;

/** The projects context's primary port, split by concern into the use-case classes it calls. */
public final class ProjectsModule implements ProjectsApi {
    private final ProjectUseCases projectUseCases;
    private final ApplicationUseCases applicationUseCases;
    private final MatchingUseCases matchingUseCases;
    private final QualificationUseCases qualificationUseCases;


    public ProjectsModule(Projects projects, ProjectApplications applications, ProjectSearch search,
                          Qualifications qualifications, MatchProspects prospects, Members members, Clock clock,
                          IdGenerator ids,
                          UnitOfWork unitOfWork, CommandValidation validation, Authorizer authorizer,
                          RenewalPolicy renewalPolicy, ProjectsSettings settings) {
        ProjectsContext ctx = new ProjectsContext(projects, applications, search, qualifications, members, clock, ids,
                unitOfWork, validation, new ProjectAccess(authorizer), settings, renewalPolicy,
                new MatchEngine(settings.weights()),
                new CandidatePool(members, qualifications, renewalPolicy, clock, settings.candidateRefresh()), prospects);
        this.projectUseCases = new ProjectUseCases(ctx);
        this.applicationUseCases = new ApplicationUseCases(ctx);
        this.matchingUseCases = new MatchingUseCases(ctx);
        this.qualificationUseCases = new QualificationUseCases(ctx);
    }

    @Override
    public ProjectView createProject(Actor actor, CreateProject command) {
        return projectUseCases.create(actor, command);
    }

    @Override
    public ProjectView updateProject(Actor actor, UpdateProject command) {
        return projectUseCases.update(actor, command);
    }

    @Override
    public ProjectView publishProject(Actor actor, ProjectId projectId) {
        return projectUseCases.publish(actor, projectId);
    }

    @Override
    public ProjectView closeProject(Actor actor, ProjectId projectId) {
        return projectUseCases.close(actor, projectId);
    }

    @Override
    public ProjectView cancelProject(Actor actor, CancelProject command) {
        return projectUseCases.cancel(actor, command);
    }

    @Override
    public ProjectView awardProject(Actor actor, AwardProject command) {
        return projectUseCases.award(actor, command);
    }

    @Override
    public ImportResult importProject(Actor actor, ImportProject command) {
        return projectUseCases.importProject(actor, command);
    }

    @Override
    public ProjectView findProject(Actor actor, ProjectId projectId) {
        return projectUseCases.find(actor, projectId);
    }

    @Override
    public Page<ProjectView> projectsOwnedBy(Actor actor, MemberId owner, PageRequest page) {
        return projectUseCases.ownedBy(actor, owner, page);
    }

    @Override
    public Page<FoundProject> searchProjects(Actor actor, SearchProjects command) {
        return matchingUseCases.search(actor, command);
    }

    @Override
    public Page<ProjectMatch> rankProjects(Actor actor, RankProjects command) {
        return matchingUseCases.rankProjects(actor, command);
    }

    @Override
    public Page<MemberMatch> rankMembers(Actor actor, RankMembers command) {
        return matchingUseCases.rankMembers(actor, command);
    }

    @Override
    public MatchResult explainMatch(Actor actor, ProjectId projectId, MemberId memberId) {
        return matchingUseCases.explain(actor, projectId, memberId);
    }

    @Override
    public ApplicationResult apply(Actor actor, SubmitApplication command) {
        return applicationUseCases.apply(actor, command);
    }

    @Override
    public ApplicationView withdrawApplication(Actor actor, ApplicationId applicationId) {
        return applicationUseCases.withdraw(actor, applicationId);
    }

    @Override
    public ApplicationView shortlistApplication(Actor actor, ShortlistApplication command) {
        return applicationUseCases.shortlist(actor, command);
    }

    @Override
    public ApplicationView requestInformation(Actor actor, RequestInformation command) {
        return applicationUseCases.requestInformation(actor, command);
    }

    @Override
    public ApplicationView provideInformation(Actor actor, ProvideInformation command) {
        return applicationUseCases.provideInformation(actor, command);
    }

    @Override
    public ApplicationView acceptApplication(Actor actor, DecideApplication command) {
        return applicationUseCases.decide(actor, command, ApplicationDecision.ACCEPTED);
    }

    @Override
    public ApplicationView rejectApplication(Actor actor, DecideApplication command) {
        return applicationUseCases.decide(actor, command, ApplicationDecision.REJECTED);
    }

    @Override
    public ApplicationView findApplication(Actor actor, ApplicationId applicationId) {
        return applicationUseCases.find(actor, applicationId);
    }

    @Override
    public Page<ApplicationView> applicationsForProject(Actor actor, ProjectId projectId, PageRequest page) {
        return applicationUseCases.forProject(actor, projectId, page);
    }

    @Override
    public Page<ApplicationView> applicationsOf(Actor actor, MemberId applicant, PageRequest page) {
        return applicationUseCases.of(actor, applicant, page);
    }

    @Override
    public ContractorQualifications recordQualifications(Actor actor, RecordQualifications command) {
        return qualificationUseCases.record(actor, command);
    }

    @Override
    public ContractorQualifications qualificationsOf(Actor actor, MemberId memberId) {
        return qualificationUseCases.of(actor, memberId);
    }
}
