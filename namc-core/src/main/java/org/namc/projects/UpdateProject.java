package org.namc.projects;

import jakarta.validation.constraints.NotNull;
import org.namc.projects.domain.ProjectDetails;
import org.namc.projects.domain.ProjectId;

/** Replaces a draft's or a published project's details as a whole. */
public record UpdateProject(@NotNull ProjectId projectId, @NotNull ProjectDetails details) {
}
