package org.namc.projects.internal;

import org.namc.projects.domain.ProjectsRefusal;
import java.util.Map;
import org.namc.projects.ApplicationResult;
import org.namc.projects.ApplicationView;
import org.namc.projects.DecideApplication;
import org.namc.projects.ProvideInformation;
import org.namc.projects.RequestInformation;
import org.namc.projects.ShortlistApplication;
import org.namc.projects.SubmitApplication;
import org.namc.projects.domain.ApplicationDecision;
import org.namc.projects.domain.ApplicationId;
import org.namc.projects.domain.Project;
import org.namc.projects.domain.ProjectApplication;
import org.namc.projects.domain.ProjectId;
import org.namc.projects.domain.ProjectStatus;
import org.namc.projects.matching.MatchCriteria;
import org.namc.projects.matching.MatchResult;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.NamcException;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;
import org.namc.shared.domain.Violations;
import org.namc.shared.internal.AuditScope;

/** Applying, withdrawing, and the review of applications. */
final class ApplicationUseCases {
    private final ProjectsContext ctx;

    ApplicationUseCases(ProjectsContext ctx) {
        this.ctx = ctx;
    }

    ApplicationResult apply(Actor actor, SubmitApplication command) {
        Violations violations = Violations.collect().required(command.projectId(), "projectId")
                .required(command.proposal(), "proposal");
        if (command.proposal() != null && command.proposal().budgetProposal() != null) {
            ctx.sameCurrency(violations, Map.of("proposal.budgetProposal",
                    command.proposal().budgetProposal()));
        }
        ctx.validation().validate(command, violations);
        return ctx.unitOfWork().execute(actor, "application.submit", ProjectAccess.APPLICATION, scope -> {
            scope.resource(command.projectId());
            MemberId applicant = ProjectAccess.applicantOf(actor);
            Project project = ctx.loadProject(command.projectId());
            ctx.access().requireRead(actor, project);
            ctx.access().requireOnMember(actor, ProjectAccess.APPLICATION, "create", applicant);
            ctx.applications().findByProjectAndApplicant(project.id(), applicant).ifPresent(earlier -> {
                throw NamcException.refused(ProjectsRefusal.ALREADY_APPLIED, "member " + applicant + " already applied to project " + project.id()
                        + " (application " + earlier.id() + " is " + earlier.status() + "); one application each");
            });
            project.applicationRefusal(ctx.now()).ifPresent(refusal -> {
                throw refusal;
            });
            MatchResult match = ctx.engine().match(ctx.candidate(applicant), MatchCriteria.of(project),
                    ctx.matchTime());
            if (match instanceof MatchResult.Ineligible ineligible) {
                scope.refused(ErrorCode.NOT_ELIGIBLE);
                scope.changed("ineligibility", null, ineligible.reasons().toString());
                return new ApplicationResult.Ineligible(project.id(), ineligible.reasons());
            }
            MatchResult.Eligible eligible = (MatchResult.Eligible) match;
            if (!ctx.projects().takeApplicationSlot(project.id())) {
                throw NamcException.refused(ProjectsRefusal.APPLICATION_LIMIT_REACHED, "project " + project.id() + " has reached its limit of "
                        + project.details().maxApplications() + " applications");
            }
            ProjectApplication application = ctx.applications().save(ProjectApplication.submit(
                    new ApplicationId(ctx.ids().newId()), project.id(), applicant, command.proposal(),
                    eligible.score(), ctx.now()));
            scope.resource(application.id()).changed("status", null, application.status())
                    .changed("matchScore", null, application.matchScore());
            return new ApplicationResult.Submitted(ApplicationView.forApplicant(application), eligible);
        });
    }

    ApplicationView withdraw(Actor actor, ApplicationId applicationId) {
        Violations.collect().required(applicationId, "applicationId").throwIfAny();
        return ctx.unitOfWork().execute(actor, "application.withdraw", ProjectAccess.APPLICATION, scope -> {
            scope.resource(applicationId);
            ProjectApplication application = ctx.loadApplication(applicationId);
            ctx.access().requireApplicant(actor, "withdraw", application);
            ProjectApplication withdrawn = ctx.applications().save(application.withdrawn(ctx.now()));
            ctx.projects().releaseApplicationSlot(application.projectId());
            scope.changed("status", application.status(), withdrawn.status());
            return ApplicationView.forApplicant(withdrawn);
        });
    }

    ApplicationView provideInformation(Actor actor, ProvideInformation command) {
        Violations violations = Violations.collect().required(command.applicationId(), "applicationId")
                .notBlank(command.answer(), "answer", 10_000);
        ctx.validation().validate(command, violations);
        return ctx.unitOfWork().execute(actor, "application.provide-information", ProjectAccess.APPLICATION, scope -> {
            scope.resource(command.applicationId());
            ProjectApplication application = ctx.loadApplication(command.applicationId());
            ctx.access().requireApplicant(actor, "update", application);
            ProjectApplication answered = ctx.applications().save(
                    application.informationProvided(command.answer(), ctx.now()));
            scope.changed("status", application.status(), answered.status());
            return ApplicationView.forApplicant(answered);
        });
    }

    ApplicationView shortlist(Actor actor, ShortlistApplication command) {
        Violations violations = Violations.collect().required(command.applicationId(), "applicationId")
                .maxLength(command.notes(), "notes", 5_000);
        ctx.validation().validate(command, violations);
        return review(actor, command.applicationId(), "application.shortlist",
                (application, scope) -> application.shortlisted(actor.memberId(), command.notes(), ctx.now()));
    }

    ApplicationView requestInformation(Actor actor, RequestInformation command) {
        Violations violations = Violations.collect().required(command.applicationId(), "applicationId")
                .notBlank(command.question(), "question", 5_000);
        ctx.validation().validate(command, violations);
        return review(actor, command.applicationId(), "application.request-information",
                (application, scope) -> application.informationRequested(actor.memberId(), command.question(),
                        ctx.now()));
    }

    ApplicationView decide(Actor actor, DecideApplication command, ApplicationDecision decision) {
        Violations violations = Violations.collect().required(command.applicationId(), "applicationId")
                .notBlank(command.reason(), "reason", 2_000)
                .maxLength(command.feedback(), "feedback", 5_000);
        ctx.validation().validate(command, violations);
        String action = decision == ApplicationDecision.ACCEPTED ? "application.accept" : "application.reject";
        return review(actor, command.applicationId(), action, (application, scope) -> {
            scope.changed("reason", null, command.reason());
            return application.decided(decision, actor.memberId(), command.reason(), command.feedback(), ctx.now());
        });
    }

    ApplicationView find(Actor actor, ApplicationId applicationId) {
        Violations.collect().required(applicationId, "applicationId").throwIfAny();
        ProjectApplication application = ctx.loadApplication(applicationId);
        Project project = ctx.loadProject(application.projectId());
        if (ctx.access().mayReview(actor, application, project)) {
            return ApplicationView.forReviewers(application);
        }
        ctx.access().requireApplicant(actor, "read", application);
        return ApplicationView.forApplicant(application);
    }

    Page<ApplicationView> forProject(Actor actor, ProjectId projectId, PageRequest page) {
        Violations.collect().required(projectId, "projectId").required(page, "page").throwIfAny();
        Project project = ctx.loadProject(projectId);
        ctx.access().requireReviewerOfAll(actor, project);
        return ctx.applications().forProject(projectId, page).map(ApplicationView::forReviewers);
    }

    Page<ApplicationView> of(Actor actor, MemberId applicant, PageRequest page) {
        Violations.collect().required(applicant, "applicant").required(page, "page").throwIfAny();
        ctx.access().requireOnMember(actor, ProjectAccess.APPLICATION, "read", applicant);
        return ctx.applications().byApplicant(applicant, page).map(ApplicationView::forApplicant);
    }

    /** Loads, checks the reviewer's access, refuses on cancelled projects, applies one step, saves, audits. */
    private ApplicationView review(Actor actor, ApplicationId applicationId, String action, ReviewStep step) {
        return ctx.unitOfWork().execute(actor, action, ProjectAccess.APPLICATION, scope -> {
            scope.resource(applicationId);
            ProjectApplication application = ctx.loadApplication(applicationId);
            Project project = ctx.loadProject(application.projectId());
            ctx.access().requireReviewer(actor, application, project);
            if (project.status() == ProjectStatus.CANCELLED) {
                throw NamcException.refused(ProjectsRefusal.PROJECT_CANCELLED, "project " + project.id()
                        + " is CANCELLED; its applications are no longer reviewed");
            }
            ProjectApplication reviewed = ctx.applications().save(step.apply(application, scope));
            scope.changed("status", application.status(), reviewed.status());
            return ApplicationView.forReviewers(reviewed);
        });
    }

    @FunctionalInterface
    private interface ReviewStep {
        ProjectApplication apply(ProjectApplication application, AuditScope scope);
    }
}
