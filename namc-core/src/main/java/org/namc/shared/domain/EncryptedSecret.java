package org.namc.shared.domain;

import java.util.Objects;

/** A secret at rest, as produced by a {@code SecretCipher}: opaque, versioned, bound to its owner. */
public record EncryptedSecret(String value) {
    public EncryptedSecret {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return "EncryptedSecret[" + value.length() + " chars]";
    }
}
