package org.namc.membership;

import jakarta.validation.constraints.NotNull;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Secret;

/**
 * The member turns their own factor off: the password and a current code (TOTP or recovery)
 * again, so neither a hijacked session nor a stolen password alone can do it.
 */
public record DisableTwoFactor(@NotNull MemberId memberId, @NotNull Secret password, @NotNull Secret code) {
}
