package org.namc.projects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.namc.projects.domain.ProjectDetails;

/**
 * A project from a public source (SAM.gov, Caltrans, ...) under the source's own id.
 * Importing the same {@code (source, externalId)} again updates or leaves the project.
 */
public record ImportProject(@NotBlank @Size(max = 50) String source, @NotBlank @Size(max = 200) String externalId,
                            @NotNull ProjectDetails details) {
}
