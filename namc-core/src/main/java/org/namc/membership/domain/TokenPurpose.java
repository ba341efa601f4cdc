package org.namc.membership.domain;

import java.time.Duration;

/** What a {@link SecurityToken} is good for, and how long it lives. */
public enum TokenPurpose {
    EMAIL_VERIFICATION(Duration.ofHours(48)),
    PASSWORD_RESET(Duration.ofMinutes(30)),
    /** Issued after a correct password when a second factor is still due. */
    LOGIN_CHALLENGE(Duration.ofMinutes(5));

    private final Duration lifetime;

    TokenPurpose(Duration lifetime) {
        this.lifetime = lifetime;
    }

    public Duration lifetime() {
        return lifetime;
    }
}
