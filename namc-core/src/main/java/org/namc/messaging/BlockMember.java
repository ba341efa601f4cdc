package org.namc.messaging;

import jakarta.validation.constraints.NotNull;
import org.namc.shared.domain.MemberId;

public record BlockMember(@NotNull MemberId blocker, @NotNull MemberId blocked) {
}
