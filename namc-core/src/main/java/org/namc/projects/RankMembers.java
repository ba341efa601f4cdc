package org.namc.projects;

import jakarta.validation.constraints.NotNull;
import org.namc.projects.domain.ProjectId;
import org.namc.shared.domain.PageRequest;

/** The members who suit a project best. */
public record RankMembers(@NotNull ProjectId projectId, @NotNull PageRequest page) {
}
