package org.namc.projects;

import jakarta.validation.constraints.NotNull;
import org.namc.projects.domain.ProjectDetails;

/** Drafts a project; the {@link ProjectDetails} validate themselves when built. */
public record CreateProject(@NotNull ProjectDetails details) {
}
