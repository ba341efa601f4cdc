package org.namc.membership;

import java.time.Instant;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Secret;

/** The two ways a correct password can end: signed in, or a second factor still due. */
public sealed interface LoginResult {

    record Authenticated(MemberId memberId, Instant at) implements LoginResult {
    }

    /** Hand {@code challenge} back with the code through {@code completeLogIn}. */
    record SecondFactorRequired(MemberId memberId, Secret challenge, Instant expiresAt) implements LoginResult {
    }
}
