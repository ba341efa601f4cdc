package org.namc.membership;

import jakarta.validation.constraints.NotNull;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Secret;

public record ChangePassword(@NotNull MemberId memberId, @NotNull Secret currentPassword,
                             @NotNull Secret newPassword) {
}
