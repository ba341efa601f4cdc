package org.namc.messaging;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.namc.messaging.domain.MessageId;

/** A moderator hides or restores a message; the reason goes on record. */
public record ModerateMessage(@NotNull MessageId messageId, @NotBlank @Size(max = 1000) String reason) {
}
