package org.namc.membership.spi;

import java.util.Optional;
import org.namc.membership.domain.SecurityToken;
import org.namc.membership.domain.TokenPurpose;
import org.namc.shared.domain.MemberId;

/** Stores hashed single-use tokens. */
public interface SecurityTokens {

    void save(SecurityToken token);

    Optional<SecurityToken> findByHash(TokenPurpose purpose, String tokenHash);

    /** Marks every unused token of the member for {@code purpose} used, e.g. when a new one is issued. */
    int revokeAll(MemberId memberId, TokenPurpose purpose, java.time.Instant now);
}
