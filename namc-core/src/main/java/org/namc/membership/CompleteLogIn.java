package org.namc.membership;

import jakarta.validation.constraints.NotNull;
import org.namc.shared.domain.Secret;

/** {@code code} is a 6-digit TOTP code or a recovery code ({@code XXXX-XXXX-XXXX-XXXX}). */
public record CompleteLogIn(@NotNull Secret challenge, @NotNull Secret code) {
}
