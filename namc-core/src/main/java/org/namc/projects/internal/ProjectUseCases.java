package org.namc.projects.internal;

import org.namc.projects.domain.ProjectsRefusal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.namc.projects.AwardProject;
import org.namc.projects.CancelProject;
import org.namc.projects.CreateProject;
import org.namc.projects.ImportProject;
import org.namc.projects.ImportResult;
import org.namc.projects.ProjectView;
import org.namc.projects.UpdateProject;
import org.namc.projects.domain.ApplicationStatus;
import org.namc.projects.domain.Project;
import org.namc.projects.domain.ProjectApplication;
import org.namc.projects.domain.ProjectDetails;
import org.namc.projects.domain.ProjectId;
import org.namc.projects.domain.ProjectOrigin;
import org.namc.projects.domain.ProjectStatus;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.NamcException;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;
import org.namc.shared.domain.Violations;
import org.namc.shared.internal.AuditScope;

/** Drafting, editing, the lifecycle and imports of projects. */
final class ProjectUseCases {
    /** Two imports of one new record may race; the loser retries and finds the winner's project. */
    private static final int IMPORT_ATTEMPTS = 3;

    private final ProjectsContext ctx;

    ProjectUseCases(ProjectsContext ctx) {
        this.ctx = ctx;
    }

    ProjectView create(Actor actor, CreateProject command) {
        validateDetails(command, command.details(), Violations.collect());
        return ctx.unitOfWork().execute(actor, "project.create", ProjectAccess.PROJECT, scope -> {
            ctx.access().requireOnAll(actor, "create");
            Project draft = Project.draft(new ProjectId(ctx.ids().newId()), ProjectOrigin.manual(), command.details(),
                    actor.memberId(), ctx.now());
            scope.resource(draft.id()).changed("status", null, draft.status())
                    .changed("title", null, draft.details().brief().title());
            return view(ctx.projects().save(draft));
        });
    }

    ProjectView update(Actor actor, UpdateProject command) {
        validateDetails(command, command.details(), Violations.collect().required(command.projectId(), "projectId"));
        return change(actor, command.projectId(), "update", "project.update", (project, scope) -> {
            recordChanges(scope, project.details(), command.details());
            return project.withDetails(command.details(), actor.memberId(), ctx.now());
        });
    }

    ProjectView publish(Actor actor, ProjectId projectId) {
        return transition(actor, projectId, "publish", project -> project.published(actor.memberId(), ctx.now()));
    }

    ProjectView close(Actor actor, ProjectId projectId) {
        return transition(actor, projectId, "close", project -> project.closed(actor.memberId(), ctx.now()));
    }

    ProjectView cancel(Actor actor, CancelProject command) {
        Violations violations = Violations.collect().required(command.projectId(), "projectId")
                .notBlank(command.reason(), "reason", 2_000);
        ctx.validation().validate(command, violations);
        return change(actor, command.projectId(), "cancel", "project.cancel", (project, scope) -> {
            Project cancelled = project.cancelled(actor.memberId(), ctx.now());
            scope.changed("status", project.status(), cancelled.status()).changed("reason", null, command.reason());
            return cancelled;
        });
    }

    ProjectView award(Actor actor, AwardProject command) {
        Violations violations = Violations.collect().required(command.projectId(), "projectId")
                .required(command.applicationId(), "applicationId");
        ctx.validation().validate(command, violations);
        return change(actor, command.projectId(), "award", "project.award", (project, scope) -> {
            ProjectApplication application = ctx.loadApplication(command.applicationId());
            if (!application.projectId().equals(project.id())) {
                throw NamcException.refused(ProjectsRefusal.APPLICATION_OF_ANOTHER_PROJECT, "application " + application.id() + " was made to project "
                        + application.projectId() + ", not to project " + project.id());
            }
            if (application.status() != ApplicationStatus.ACCEPTED) {
                throw NamcException.refused(ProjectsRefusal.APPLICATION_NOT_ACCEPTED, "application " + application.id() + " is " + application.status()
                        + "; a project can only be awarded to an ACCEPTED application");
            }
            Project awarded = project.awarded(application.id(), actor.memberId(), ctx.now());
            scope.changed("status", project.status(), awarded.status())
                    .changed("awardedApplication", null, application.id());
            return awarded;
        });
    }

    ImportResult importProject(Actor actor, ImportProject command) {
        Violations violations = Violations.collect();
        ProjectOrigin origin = violations.capture("", () -> ProjectOrigin.imported(command.source(),
                command.externalId()));
        validateDetails(command, command.details(), violations);
        Objects.requireNonNull(origin, "origin");
        return ctx.unitOfWork().execute(actor, "project.import", ProjectAccess.PROJECT, IMPORT_ATTEMPTS, scope -> {
            ctx.access().requireOnAll(actor, "import");
            Project existing = ctx.projects().findByOrigin(origin.source(), origin.externalId()).orElse(null);
            if (existing == null) {
                Project draft = Project.draft(new ProjectId(ctx.ids().newId()), origin, command.details(), null,
                        ctx.now());
                scope.resource(draft.id()).changed("status", null, draft.status())
                        .changed("origin", null, origin.source() + ":" + origin.externalId());
                return new ImportResult.Created(view(ctx.projects().save(draft)));
            }
            scope.resource(existing.id());
            List<String> changed = changedParts(existing.details(), command.details());
            boolean editable = existing.status() == ProjectStatus.DRAFT || existing.status() == ProjectStatus.PUBLISHED;
            if (changed.isEmpty() || !editable) {
                return new ImportResult.Unchanged(view(existing));
            }
            recordChanges(scope, existing.details(), command.details());
            Project updated = existing.withDetails(command.details(), actor.memberId(), ctx.now());
            return new ImportResult.Updated(view(ctx.projects().save(updated)), changed);
        });
    }

    ProjectView find(Actor actor, ProjectId projectId) {
        Violations.collect().required(projectId, "projectId").throwIfAny();
        Project project = ctx.loadProject(projectId);
        ctx.access().requireRead(actor, project);
        return view(project);
    }

    Page<ProjectView> ownedBy(Actor actor, MemberId owner, PageRequest page) {
        Violations.collect().required(owner, "owner").required(page, "page").throwIfAny();
        ctx.access().requireOnMember(actor, ProjectAccess.PROJECT, "update", owner);
        return ctx.projects().ownedBy(owner, page).map(this::view);
    }

    private ProjectView transition(Actor actor, ProjectId projectId, String permission, ProjectChange.Simple move) {
        return change(actor, projectId, permission, "project." + permission, (project, scope) -> {
            Project moved = move.apply(project);
            scope.changed("status", project.status(), moved.status());
            return moved;
        });
    }

    /** Loads, checks {@code project:<permission>}, applies one change, saves, audits: one unit of work. */
    private ProjectView change(Actor actor, ProjectId projectId, String permission, String action,
                               ProjectChange change) {
        Violations.collect().required(projectId, "projectId").throwIfAny();
        return ctx.unitOfWork().execute(actor, action, ProjectAccess.PROJECT, scope -> {
            scope.resource(projectId);
            Project project = ctx.loadProject(projectId);
            ctx.access().require(actor, permission, project);
            return view(ctx.projects().save(change.apply(project, scope)));
        });
    }

    private void validateDetails(Object command, ProjectDetails details, Violations violations) {
        violations.required(details, "details");
        if (details != null) {
            ctx.sameCurrency(violations, details.amounts());
        }
        ctx.validation().validate(command, violations);
    }

    /** The parts of the details that differ, by name (the audit records which, not the texts). */
    private static List<String> changedParts(ProjectDetails before, ProjectDetails after) {
        List<String> changed = new ArrayList<>();
        addIfChanged(changed, "brief", before.brief(), after.brief());
        addIfChanged(changed, "budget", before.budget(), after.budget());
        addIfChanged(changed, "location", before.location(), after.location());
        addIfChanged(changed, "timeline", before.timeline(), after.timeline());
        addIfChanged(changed, "requirements", before.requirements(), after.requirements());
        addIfChanged(changed, "contact", before.contact(), after.contact());
        addIfChanged(changed, "priority", before.priority(), after.priority());
        addIfChanged(changed, "visibility", before.visibility(), after.visibility());
        addIfChanged(changed, "maxApplications", before.maxApplications(), after.maxApplications());
        return changed;
    }

    /** Small parts with their values; large ones (texts, places, requirements) by name only. */
    private static void recordChanges(AuditScope scope, ProjectDetails before, ProjectDetails after) {
        for (String part : changedParts(before, after)) {
            switch (part) {
                case "brief" -> scope.changed("title", before.brief().title(), after.brief().title())
                        .changed("brief", "previous", "updated");
                case "priority" -> scope.changed(part, before.priority(), after.priority());
                case "visibility" -> scope.changed(part, before.visibility(), after.visibility());
                case "maxApplications" -> scope.changed(part, before.maxApplications(), after.maxApplications());
                default -> scope.changed(part, "previous", "updated");
            }
        }
    }

    private static void addIfChanged(List<String> changed, String part, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(part);
        }
    }

    private ProjectView view(Project project) {
        return ProjectView.of(project, ctx.now());
    }

    @FunctionalInterface
    private interface ProjectChange {
        Project apply(Project project, AuditScope scope);

        @FunctionalInterface
        interface Simple {
            Project apply(Project project);
        }
    }
}
