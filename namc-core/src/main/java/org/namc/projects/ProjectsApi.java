package org.namc.projects;

import org.namc.projects.domain.ApplicationId;
import org.namc.projects.domain.ContractorQualifications;
import org.namc.projects.domain.ProjectId;
import org.namc.projects.matching.MatchResult;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;

/**
 * Project opportunities, applications and matching. Every method validates its command
 * ({@code VALIDATION_FAILED} names the fields), checks access, and every state change runs in
 * one transaction and is audited. Illegal transitions fail with {@code ILLEGAL_STATE} naming
 * the current status and the allowed ones.
 *
 * <p>Who may do what (the system roles' rules): project owners create, edit, publish, close,
 * cancel and award their own projects, rank members for them and review their applications;
 * members in good standing read and apply; everyone reads public projects; a member reads
 * tier-restricted projects when their tier (or a role) grants {@code project:read-restricted};
 * staff do everything.
 */
public interface ProjectsApi {

    /** Drafts a project owned by the acting member. */
    ProjectView createProject(Actor actor, CreateProject command);

    /** Drafts take any valid details; a published project must stay complete. */
    ProjectView updateProject(Actor actor, UpdateProject command);

    /** Publishes a complete draft; {@code VALIDATION_FAILED} lists everything still missing. */
    ProjectView publishProject(Actor actor, ProjectId projectId);

    /** Stops taking applications; reviewing those received goes on. */
    ProjectView closeProject(Actor actor, ProjectId projectId);

    ProjectView cancelProject(Actor actor, CancelProject command);

    /** Awards the project to one of its ACCEPTED applications. */
    ProjectView awardProject(Actor actor, AwardProject command);

    /** Imports from a public source as a draft, idempotent on {@code (source, externalId)} (staff). */
    ImportResult importProject(Actor actor, ImportProject command);

    /** Published projects by visibility; drafts only for their owner and staff. */
    ProjectView findProject(Actor actor, ProjectId projectId);

    /** A member's own projects, newest first. */
    Page<ProjectView> projectsOwnedBy(Actor actor, MemberId owner, PageRequest page);

    /**
     * Published projects still taking applications that the actor may read, filtered and
     * ordered by text relevance, then recency.
     */
    Page<FoundProject> searchProjects(Actor actor, SearchProjects command);

    /**
     * The projects that suit a member: as {@link #searchProjects}, limited to those the member
     * is eligible for and ordered by text relevance, then match score, then recency.
     */
    Page<ProjectMatch> rankProjects(Actor actor, RankProjects command);

    /** The eligible members who suit a project best, by score then member id, with breakdowns (owners, staff). */
    Page<MemberMatch> rankMembers(Actor actor, RankMembers command);

    /** How one member measures against one project: the member themselves, the project's owner or staff. */
    MatchResult explainMatch(Actor actor, ProjectId projectId, MemberId memberId);

    /**
     * The acting member applies. Fails when the project takes no applications (not published,
     * deadline passed, limit reached: {@code ILLEGAL_STATE}) or the member applied before
     * ({@code CONFLICT}); a member missing a hard requirement gets
     * {@link ApplicationResult.Ineligible} and nothing is stored.
     */
    ApplicationResult apply(Actor actor, SubmitApplication command);

    /** Withdraws the actor's own application before review. */
    ApplicationView withdrawApplication(Actor actor, ApplicationId applicationId);

    ApplicationView shortlistApplication(Actor actor, ShortlistApplication command);

    ApplicationView requestInformation(Actor actor, RequestInformation command);

    /** The applicant answers the reviewers' question. */
    ApplicationView provideInformation(Actor actor, ProvideInformation command);

    ApplicationView acceptApplication(Actor actor, DecideApplication command);

    ApplicationView rejectApplication(Actor actor, DecideApplication command);

    ApplicationView findApplication(Actor actor, ApplicationId applicationId);

    /** A project's applications for its reviewers, best match first. */
    Page<ApplicationView> applicationsForProject(Actor actor, ProjectId projectId, PageRequest page);

    /** A member's own applications, newest first. */
    Page<ApplicationView> applicationsOf(Actor actor, MemberId applicant, PageRequest page);

    ContractorQualifications recordQualifications(Actor actor, RecordQualifications command);

    /** A member's qualifications; an empty record (no experience, bonding or insurance) when none were recorded. */
    ContractorQualifications qualificationsOf(Actor actor, MemberId memberId);
}
