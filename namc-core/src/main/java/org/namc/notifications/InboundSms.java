package org.namc.notifications;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.namc.shared.domain.PhoneNumber;

/** A text message a member sent to the portal's number (the SMS provider's inbound webhook). */
public record InboundSms(@NotNull PhoneNumber from, @NotNull @Size(max = 1600) String body) {
}
