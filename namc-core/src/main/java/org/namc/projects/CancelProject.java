package org.namc.projects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.namc.projects.domain.ProjectId;

/** Cancels a project that has not been awarded; the reason goes on record. */
public record CancelProject(@NotNull ProjectId projectId, @NotBlank @Size(max = 2000) String reason) {
}
