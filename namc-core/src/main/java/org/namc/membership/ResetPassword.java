package org.namc.membership;

import jakarta.validation.constraints.NotNull;
import org.namc.shared.domain.Secret;

public record ResetPassword(@NotNull Secret token, @NotNull Secret newPassword) {
}
