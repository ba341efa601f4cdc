package org.namc.access.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.MemberId;

/**
 * A member holds a role, granted by someone, possibly until {@code expiresAt}. An expired
 * or deactivated grant stops counting at once: {@link #isEffectiveAt} reads the clock.
 */
public record RoleGrant(UUID id, MemberId memberId, RoleId roleId, @Nullable MemberId assignedBy,
                        Instant assignedAt, @Nullable Instant expiresAt, boolean active) {

    public RoleGrant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(roleId, "roleId");
        Objects.requireNonNull(assignedAt, "assignedAt");
    }

    public boolean isEffectiveAt(Instant now) {
        return active && (expiresAt == null || now.isBefore(expiresAt));
    }

    public RoleGrant renewed(@Nullable MemberId by, Instant now, @Nullable Instant until) {
        return new RoleGrant(id, memberId, roleId, by, now, until, true);
    }

    public RoleGrant revoked() {
        return new RoleGrant(id, memberId, roleId, assignedBy, assignedAt, expiresAt, false);
    }
}
