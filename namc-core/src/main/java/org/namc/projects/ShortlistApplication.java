package org.namc.projects;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.namc.projects.domain.ApplicationId;

/** Puts an application on the shortlist; {@code notes} stay with the reviewers. */
public record ShortlistApplication(@NotNull ApplicationId applicationId, @Size(max = 5000) @Nullable String notes) {
}
