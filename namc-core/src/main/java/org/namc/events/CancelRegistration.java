package org.namc.events;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.namc.events.domain.RegistrationId;

public record CancelRegistration(@NotNull RegistrationId registrationId, @Size(max = 1000) @Nullable String reason) {
}
