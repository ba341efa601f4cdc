package org.namc.projects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.namc.projects.domain.ApplicationId;

/** Asks the applicant a question; the application waits for their answer. */
public record RequestInformation(@NotNull ApplicationId applicationId, @NotBlank @Size(max = 5000) String question) {
}
