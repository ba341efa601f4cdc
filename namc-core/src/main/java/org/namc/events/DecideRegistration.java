package org.namc.events;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.namc.events.domain.RegistrationId;

/** Staff approve or decline a registration that awaits approval; a decline needs a reason. */
public record DecideRegistration(@NotNull RegistrationId registrationId, boolean approve,
                                 @Size(max = 1000) @Nullable String reason) {
}
