package org.namc.shared.domain;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Binds a ciphertext to the record and field it belongs to. It is authenticated with the
 * ciphertext, so a value copied to another row or column fails to decrypt.
 */
public record SecretContext(String ownerType, String ownerId, String field) {
    public SecretContext {
        Objects.requireNonNull(ownerType, "ownerType");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(field, "field");
    }

    public byte[] associatedData() {
        // Length-prefixed so that ("a|b","c") and ("a","b|c") can never collide.
        StringBuilder sb = new StringBuilder();
        for (String part : new String[] {ownerType, ownerId, field}) {
            sb.append(part.length()).append(':').append(part);
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
}
