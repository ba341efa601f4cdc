package org.namc.events;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.namc.events.domain.RegistrationId;

/** Confirms a held seat with a payment billing reports as succeeded. */
public record ConfirmPayment(@NotNull RegistrationId registrationId, @NotBlank @Size(max = 200) String paymentId) {
}
