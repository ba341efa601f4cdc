package org.namc.shared.crypto;

import java.security.SecureRandom;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AES-256 keys that secrets at rest are encrypted with, by key id, and which one new
 * encryptions use. Rotating means adding a new key and making it current while the old
 * ones stay, so existing ciphertexts remain readable until they are re-encrypted.
 */
public final class Keyring {
    public static final int KEY_BYTES = 32;
    public static final int MAX_KEY_ID_LENGTH = 32;

    // The id is written into every ciphertext header, so it is short, ASCII and printable.
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9._-]{1," + MAX_KEY_ID_LENGTH + "}");

    private final String currentKeyId;
    private final Map<String, SecretKey> keys;

    private Keyring(String currentKeyId, Map<String, SecretKey> keys) {
        this.currentKeyId = currentKeyId;
        this.keys = keys;
    }

    /**
     * A keyring holding copies of {@code keys}; later changes to the caller's arrays do not
     * affect it.
     *
     * @throws IllegalArgumentException if a key id is malformed, a key is not 32 bytes, or
     *                                  {@code currentKeyId} is not among the keys
     */
    public static Keyring of(String currentKeyId, Map<String, byte[]> keys) {
        Objects.requireNonNull(currentKeyId, "currentKeyId");
        Objects.requireNonNull(keys, "keys");
        Map<String, SecretKey> copies = new TreeMap<>();
        keys.forEach((id, bytes) -> {
            if (!isValidKeyId(id)) {
                throw new IllegalArgumentException("key ids must be 1 to " + MAX_KEY_ID_LENGTH
                        + " characters of A-Z, a-z, 0-9, '.', '_' or '-'");
            }
            if (bytes.length != KEY_BYTES) {
                throw new IllegalArgumentException("key " + id + " must be " + KEY_BYTES
                        + " bytes (AES-256), not " + bytes.length);
            }
            copies.put(id, new SecretKeySpec(bytes.clone(), "AES"));
        });
        if (!copies.containsKey(currentKeyId)) {
            throw new IllegalArgumentException("the current key id is not among the keys " + copies.keySet());
        }
        return new Keyring(currentKeyId, Map.copyOf(copies));
    }

    /** A keyring with one fresh random key; for tests and demos, as the key is not kept anywhere. */
    public static Keyring generate(String keyId, SecureRandom random) {
        byte[] key = new byte[KEY_BYTES];
        random.nextBytes(key);
        return of(keyId, Map.of(keyId, key));
    }

    public static boolean isValidKeyId(String keyId) {
        return KEY_ID.matcher(keyId).matches();
    }

    public String currentKeyId() {
        return currentKeyId;
    }

    public Set<String> keyIds() {
        return keys.keySet();
    }

    SecretKey currentKey() {
        return keys.get(currentKeyId);
    }

    Optional<SecretKey> key(String keyId) {
        return Optional.ofNullable(keys.get(keyId));
    }

    @Override
    public String toString() {
        return "Keyring[current=" + currentKeyId + ", keyIds=" + new TreeSet<>(keys.keySet()) + "]";
    }
}
