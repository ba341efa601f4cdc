package org.namc.membership.spi;

import org.namc.membership.domain.PasswordHash;
import org.namc.shared.domain.Secret;

/** Derives and checks password hashes; a slow, salted key-derivation function. */
public interface PasswordHasher {

    PasswordHash hash(Secret password);

    /** Constant-time check; a hash this hasher cannot parse simply does not match. */
    boolean matches(Secret password, PasswordHash hash);

    /** Whether {@code hash} was made with weaker parameters than this hasher now uses. */
    boolean needsRehash(PasswordHash hash);
}
