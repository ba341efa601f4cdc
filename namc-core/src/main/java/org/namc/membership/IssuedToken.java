package org.namc.membership;

import java.time.Instant;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Secret;

/** A single-use token for the host to deliver (by email link); only its hash is stored. */
public record IssuedToken(MemberId memberId, Secret token, Instant expiresAt) {
}
