package org.namc.testing;

import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;
import org.namc.shared.crypto.AesGcmSecretCipher;
import org.namc.shared.crypto.Keyring;
import org.namc.shared.domain.EncryptedSecret;
import org.namc.shared.domain.SecretContext;
import org.namc.shared.spi.SecretCipher;

/**
 * The library's AES-GCM cipher over a keyring a test can rotate: {@link #rotate} adds a new
 * current key (the old ones still decrypt), {@link #retireOldKeys} removes every key but the
 * current one, as an operator would once every secret was re-encrypted.
 */
public final class RotatingKeys implements SecretCipher {
    private final SecureRandom random;
    private final Map<String, byte[]> keys = new HashMap<>();
    private volatile Keyring keyring;
    private volatile AesGcmSecretCipher cipher;

    public RotatingKeys(String firstKeyId, SecureRandom random) {
        this.random = random;
        use(firstKeyId, newKey());
    }

    public synchronized void rotate(String newKeyId) {
        use(newKeyId, newKey());
    }

    public synchronized void retireOldKeys() {
        String current = keyring.currentKeyId();
        keys.keySet().retainAll(java.util.Set.of(current));
        install(current);
    }

    public Keyring keyring() {
        return keyring;
    }

    @Override
    public EncryptedSecret encrypt(byte[] plaintext, SecretContext context) {
        return cipher.encrypt(plaintext, context);
    }

    @Override
    public byte[] decrypt(EncryptedSecret ciphertext, SecretContext context) {
        return cipher.decrypt(ciphertext, context);
    }

    @Override
    public boolean isCurrent(EncryptedSecret ciphertext) {
        return cipher.isCurrent(ciphertext);
    }

    private byte[] newKey() {
        byte[] key = new byte[Keyring.KEY_BYTES];
        random.nextBytes(key);
        return key;
    }

    private void use(String keyId, byte[] key) {
        keys.put(keyId, key);
        install(keyId);
    }

    private void install(String current) {
        keyring = Keyring.of(current, Map.copyOf(keys));
        cipher = new AesGcmSecretCipher(keyring, random);
    }

    @Override
    public String toString() {
        return "RotatingKeys[current " + keyring.currentKeyId() + "]";
    }
}
