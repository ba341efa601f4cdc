package org.namc.projects.internal;

import org.namc.projects.domain.ProjectsRefusal;
import java.util.EnumSet;
import java.util.Set;
import org.namc.projects.domain.Project;
import org.namc.projects.domain.ProjectApplication;
import org.namc.projects.domain.ProjectStatus;
import org.namc.projects.domain.ProjectVisibility;
import org.namc.shared.authorization.Authorizer;
import org.namc.shared.authorization.Decision;
import org.namc.shared.authorization.Permission;
import org.namc.shared.authorization.ResourceRef;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.NamcException;

/**
 * The projects context's questions to access control. Projects are owned by their creator;
 * applications are owned by the applicant when the applicant acts, and by the project's owner
 * when reviewers act, so that {@code own} rules in the roles read naturally.
 */
final class ProjectAccess {
    static final String PROJECT = "project";
    static final String APPLICATION = "application";
    static final String QUALIFICATION = "qualification";

    private final Authorizer authorizer;

    ProjectAccess(Authorizer authorizer) {
        this.authorizer = authorizer;
    }

    static ResourceRef ref(Project project) {
        return ResourceRef.owned(PROJECT, project.id(), project.owner());
    }

    void require(Actor actor, String action, Project project) {
        authorizer.require(actor, Permission.of(PROJECT, action), ref(project));
    }

    Decision decide(Actor actor, String action, Project project) {
        return authorizer.decide(actor, Permission.of(PROJECT, action), ref(project));
    }

    void requireOnAll(Actor actor, String action) {
        authorizer.require(actor, Permission.of(PROJECT, action), ResourceRef.any(PROJECT));
    }

    /**
     * Reading a project: drafts only for whoever may edit them; published and finished ones by
     * the permission their visibility names, or by whoever may edit them.
     */
    void requireRead(Actor actor, Project project) {
        if (mayEdit(actor, project)) {
            return;
        }
        if (project.status() == ProjectStatus.DRAFT) {
            require(actor, "update", project);
        }
        authorizer.require(actor, readPermission(project.details().visibility()), ref(project));
    }

    boolean mayEdit(Actor actor, Project project) {
        return authorizer.decide(actor, Permission.of(PROJECT, "update"), ref(project)).isAllowed();
    }

    /** The visibilities whose projects {@code actor} may read; what search filters by. */
    Set<ProjectVisibility> readableBy(Actor actor) {
        Set<ProjectVisibility> readable = EnumSet.noneOf(ProjectVisibility.class);
        for (ProjectVisibility visibility : ProjectVisibility.values()) {
            if (authorizer.decide(actor, readPermission(visibility), ResourceRef.any(PROJECT)).isAllowed()) {
                readable.add(visibility);
            }
        }
        return readable;
    }

    void requireApplicant(Actor actor, String action, ProjectApplication application) {
        authorizer.require(actor, Permission.of(APPLICATION, action),
                ResourceRef.owned(APPLICATION, application.id(), application.applicant()));
    }

    /** Reviewers act on applications as the owners of the project applied to. */
    void requireReviewer(Actor actor, ProjectApplication application, Project project) {
        authorizer.require(actor, Permission.of(APPLICATION, "review"),
                ResourceRef.owned(APPLICATION, application.id(), project.owner()));
    }

    boolean mayReview(Actor actor, ProjectApplication application, Project project) {
        return authorizer.decide(actor, Permission.of(APPLICATION, "review"),
                ResourceRef.owned(APPLICATION, application.id(), project.owner())).isAllowed();
    }

    void requireReviewerOfAll(Actor actor, Project project) {
        authorizer.require(actor, Permission.of(APPLICATION, "review"), ref(project));
    }

    /** A decision about the member's own records (their applications, their qualifications). */
    void requireOnMember(Actor actor, String resource, String action, MemberId member) {
        authorizer.require(actor, Permission.of(resource, action), ResourceRef.owned(resource, member, member));
    }

    Decision decideOnMember(Actor actor, String resource, String action, MemberId member) {
        return authorizer.decide(actor, Permission.of(resource, action), ResourceRef.owned(resource, member, member));
    }

    /** Applying needs a signed-in member: the application is theirs. */
    static MemberId applicantOf(Actor actor) {
        return actor.member().orElseThrow(() -> NamcException.refused(ProjectsRefusal.APPLICANT_NOT_MEMBER, actor + " may not apply: only a member can"));
    }

    private static Permission readPermission(ProjectVisibility visibility) {
        return Permission.of(PROJECT, visibility.readAction());
    }
}
