package org.namc.projects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.namc.projects.domain.ApplicationId;

/** Accepts or rejects an application: the reason goes on record, the feedback to the applicant. */
public record DecideApplication(@NotNull ApplicationId applicationId, @NotBlank @Size(max = 2000) String reason,
                                @Size(max = 5000) @Nullable String feedback) {
}
