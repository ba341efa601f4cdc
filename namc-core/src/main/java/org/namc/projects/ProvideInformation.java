package org.namc.projects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.namc.projects.domain.ApplicationId;

/** The applicant's answer to the reviewers' question. */
public record ProvideInformation(@NotNull ApplicationId applicationId, @NotBlank @Size(max = 10000) String answer) {
}
