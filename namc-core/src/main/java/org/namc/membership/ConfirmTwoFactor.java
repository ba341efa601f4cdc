package org.namc.membership;

import jakarta.validation.constraints.NotNull;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Secret;

public record ConfirmTwoFactor(@NotNull MemberId memberId, @NotNull Secret code) {
}
