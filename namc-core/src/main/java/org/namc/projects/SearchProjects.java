package org.namc.projects;

import jakarta.validation.constraints.NotNull;
import org.namc.projects.domain.ProjectFilter;
import org.namc.shared.domain.PageRequest;

/** Searches the published projects the actor may read. */
public record SearchProjects(@NotNull ProjectFilter filter, @NotNull PageRequest page) {
}
