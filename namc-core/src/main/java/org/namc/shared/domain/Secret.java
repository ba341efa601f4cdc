package org.namc.shared.domain;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A secret value in transit (a password, a token, a one-time code). Its {@code toString}
 * never shows the value, so a secret inside a command record cannot leak into a log line
 * or an exception message by accident.
 */
public final class Secret {
    private final String value;

    private Secret(String value) {
        this.value = Objects.requireNonNull(value, "value");
    }

    public static Secret of(String value) {
        return new Secret(value);
    }

    /** The plain value; call only where the secret is actually used. */
    public String reveal() {
        return value;
    }

    public int length() {
        return value.length();
    }

    public boolean isBlank() {
        return value.isBlank();
    }

    /** Constant-time comparison of the two values. */
    public boolean matches(Secret other) {
        return MessageDigest.isEqual(value.getBytes(StandardCharsets.UTF_8),
                other.value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Secret other && matches(other);
    }

    @Override
    public int hashCode() {
        return 0; // a hash would reveal information about the value; secrets are not map keys
    }

    @Override
    public String toString() {
        return "Secret[redacted]";
    }
}
