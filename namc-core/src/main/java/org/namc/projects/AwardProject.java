package org.namc.projects;

import jakarta.validation.constraints.NotNull;
import org.namc.projects.domain.ApplicationId;
import org.namc.projects.domain.ProjectId;

/** Awards a published or closed project to one of its accepted applications. */
public record AwardProject(@NotNull ProjectId projectId, @NotNull ApplicationId applicationId) {
}
