package org.namc.membership.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.MemberId;

/**
 * A single-use token handed to a member by email (verification, password reset) or to a
 * client between login steps (second-factor challenge). Only its SHA-256 hash is stored:
 * a leaked table cannot be replayed.
 */
public record SecurityToken(UUID id, MemberId memberId, TokenPurpose purpose, String tokenHash,
                            Instant issuedAt, Instant expiresAt, @Nullable Instant usedAt) {

    public SecurityToken {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public boolean isUsableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    public SecurityToken usedAt(Instant now) {
        return new SecurityToken(id, memberId, purpose, tokenHash, issuedAt, expiresAt, now);
    }

    @Override
    public String toString() {
        return "SecurityToken[" + id + ", " + purpose + ", member " + memberId + "]";
    }
}
