package org.namc.membership;

import jakarta.validation.constraints.NotBlank;

public record RequestPasswordReset(@NotBlank String email) {
}
