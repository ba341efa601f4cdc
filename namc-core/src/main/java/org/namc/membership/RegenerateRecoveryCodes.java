package org.namc.membership;

import jakarta.validation.constraints.NotNull;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Secret;

/** New recovery codes replace all the old ones; needs a current TOTP code. */
public record RegenerateRecoveryCodes(@NotNull MemberId memberId, @NotNull Secret code) {
}
