package org.namc.membership;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.namc.shared.domain.MemberId;

/** Staff turn off a member's second factor (a lost device); the reason is audited and the member told. */
public record ResetTwoFactor(@NotNull MemberId memberId, @NotBlank @Size(max = 500) String reason) {
}
