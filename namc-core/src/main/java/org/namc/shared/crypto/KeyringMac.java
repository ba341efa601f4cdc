package org.namc.shared.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 signatures keyed by the keyring, one derived key per purpose, so a signature made
 * for one use (an unsubscribe link) can never pass as another, and the AES key itself never
 * signs anything. Signatures name the key id they were made with: rotating the keyring keeps
 * older signatures valid while their key stays on it.
 */
public final class KeyringMac {
    private static final String HMAC = "HmacSHA256";

    private final Keyring keyring;
    private final String purpose;

    /** @param purpose a fixed label of the use, such as {@code "notifications.unsubscribe.v1"} */
    public KeyringMac(Keyring keyring, String purpose) {
        this.keyring = Objects.requireNonNull(keyring, "keyring");
        this.purpose = Objects.requireNonNull(purpose, "purpose");
    }

    public String currentKeyId() {
        return keyring.currentKeyId();
    }

    public byte[] sign(byte[] data) {
        return mac(keyring.currentKey(), data);
    }

    /** Whether {@code signature} is the signature of {@code data} under key {@code keyId}; compared in constant time. */
    public boolean verify(String keyId, byte[] data, byte[] signature) {
        Optional<SecretKey> key = keyring.key(keyId);
        return key.isPresent() && MessageDigest.isEqual(mac(key.get(), data), signature);
    }

    private byte[] mac(SecretKey root, byte[] data) {
        try {
            Mac derive = Mac.getInstance(HMAC);
            derive.init(new SecretKeySpec(root.getEncoded(), HMAC));
            byte[] purposeKey = derive.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(purposeKey, HMAC));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    @Override
    public String toString() {
        return "KeyringMac[" + purpose + ", current=" + keyring.currentKeyId() + "]";
    }
}
