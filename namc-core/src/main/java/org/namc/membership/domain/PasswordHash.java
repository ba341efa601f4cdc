package org.namc.membership.domain;

import java.util.Objects;

/** An encoded password hash, self-describing (algorithm and parameters) so they can be raised later. */
public record PasswordHash(String encoded) {
    public PasswordHash {
        Objects.requireNonNull(encoded, "encoded");
    }

    @Override
    public String toString() {
        return "PasswordHash[redacted]";
    }
}
