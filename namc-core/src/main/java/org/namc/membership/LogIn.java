package org.namc.membership;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.namc.shared.domain.Secret;

public record LogIn(@NotBlank String email, @NotNull Secret password) {
}
