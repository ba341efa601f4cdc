package org.namc.membership;

import jakarta.validation.constraints.NotNull;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Secret;

/** Turning the factor off needs the password again, so a hijacked session cannot do it. */
public record DisableTwoFactor(@NotNull MemberId memberId, @NotNull Secret password) {
}
