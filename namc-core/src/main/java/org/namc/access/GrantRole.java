package org.namc.access;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.MemberId;

/** Grants a role, until {@code expiresAt} when given; granting again renews the grant. */
public record GrantRole(@NotNull MemberId member, @NotBlank String roleName, @Nullable Instant expiresAt) {
}
