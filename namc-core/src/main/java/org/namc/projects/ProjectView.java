package org.namc.projects;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.namc.projects.domain.ApplicationId;
import org.namc.projects.domain.Project;
import org.namc.projects.domain.ProjectDetails;
import org.namc.projects.domain.ProjectId;
import org.namc.projects.domain.ProjectOrigin;
import org.namc.projects.domain.ProjectStatus;
import org.namc.shared.domain.MemberId;

/** A project as readers see it, with whether it takes applications at the time of reading. */
public record ProjectView(ProjectId id, ProjectOrigin origin, ProjectDetails details, ProjectStatus status,
                          @Nullable MemberId owner, int applicationCount, boolean acceptingApplications,
                          @Nullable ApplicationId awardedApplication, Instant createdAt, Instant updatedAt,
                          @Nullable Instant publishedAt, @Nullable Instant closedAt) {

    public static ProjectView of(Project project, Instant now) {
        return new ProjectView(project.id(), project.origin(), project.details(), project.status(), project.owner(),
                project.applicationCount(), project.applicationRefusal(now).isEmpty(),
                project.awardedApplication(), project.createdAt(), project.updatedAt(), project.publishedAt(),
                project.closedAt());
    }

    public String title() {
        return details.brief().title();
    }
}
