package org.namc.membership;

import jakarta.validation.constraints.NotNull;
import org.namc.shared.domain.MemberId;

public record ResendVerification(@NotNull MemberId memberId) {
}
