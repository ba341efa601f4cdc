package org.namc.projects;

import jakarta.validation.constraints.NotNull;
import org.namc.projects.domain.ProjectId;
import org.namc.projects.domain.Proposal;

/** The acting member applies to a project; the {@link Proposal} validates itself when built. */
public record SubmitApplication(@NotNull ProjectId projectId, @NotNull Proposal proposal) {
}
