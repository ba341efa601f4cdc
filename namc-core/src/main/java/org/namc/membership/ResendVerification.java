package org.namc.membership;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Asks for a new verification token by address, as a visitor who lost the first mail would. */
public record ResendVerification(@NotBlank @Size(max = 254) String email) {
}
