package org.namc.messaging;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.namc.messaging.domain.MessageId;

/** A participant reports a message to the moderators. */
public record FlagMessage(@NotNull MessageId messageId, @NotBlank @Size(max = 1000) String reason) {
}
