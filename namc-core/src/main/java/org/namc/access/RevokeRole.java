package org.namc.access;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.namc.shared.domain.MemberId;

public record RevokeRole(@NotNull MemberId member, @NotBlank String roleName) {
}
