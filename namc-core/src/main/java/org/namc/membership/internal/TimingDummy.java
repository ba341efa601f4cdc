package org.namc.membership.internal;

import org.jspecify.annotations.Nullable;
import org.namc.membership.domain.PasswordHash;
import org.namc.membership.spi.PasswordHasher;
import org.namc.shared.domain.Secret;

/**
 * A hash no account has, made once with the portal's hasher: checking a password against it
 * costs what checking a real account costs, so an unknown address answers as slowly as a known one.
 */
final class TimingDummy {
    private final PasswordHasher hasher;
    private volatile @Nullable PasswordHash dummy;

    TimingDummy(PasswordHasher hasher) {
        this.hasher = hasher;
    }

    PasswordHash hash() {
        PasswordHash made = dummy;
        if (made == null) {
            made = hasher.hash(Secret.of("timing-equaliser-for-unknown-accounts"));
            dummy = made;
        }
        return made;
    }

    /** Does the work of a password check and throws the answer away. */
    void spend(Secret password) {
        hasher.matches(password, hash());
    }
}
