package org.namc.shared.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.namc.shared.domain.EncryptedSecret;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.NamcException;
import org.namc.shared.domain.SecretContext;
import org.namc.shared.spi.SecretCipher;

/**
 * AES-256-GCM with a key id in every ciphertext, so keys can rotate. Layout, then unpadded
 * base64url: {@code [version=1][key id length][key id][12-byte nonce][ciphertext + 16-byte tag]}.
 * The header and the {@link SecretContext} are authenticated as associated data, so a value
 * moved to another owner or field, or relabelled with another key id, fails to decrypt.
 */
public final class AesGcmSecretCipher implements SecretCipher {
    static final byte VERSION = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final Keyring keyring;
    private final SecureRandom random;

    public AesGcmSecretCipher(Keyring keyring, SecureRandom random) {
        this.keyring = Objects.requireNonNull(keyring, "keyring");
        this.random = Objects.requireNonNull(random, "random");
    }

    @Override
    public EncryptedSecret encrypt(byte[] plaintext, SecretContext context) {
        byte[] header = header(keyring.currentKeyId());
        // A random 96-bit nonce per message: with one key, collisions stay negligible for far
        // more secrets than a member portal will ever store.
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed;
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, keyring.currentKey(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(header);
            cipher.updateAAD(context.associatedData());
            sealed = cipher.doFinal(plaintext);
        } catch (GeneralSecurityException e) {
            // AES-GCM is mandatory on every Java platform; this is a broken runtime, not bad input.
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
        ByteBuffer out = ByteBuffer.allocate(header.length + nonce.length + sealed.length);
        out.put(header).put(nonce).put(sealed);
        return new EncryptedSecret(ENCODER.encodeToString(out.array()));
    }

    @Override
    public byte[] decrypt(EncryptedSecret ciphertext, SecretContext context) {
        Parsed parsed = Parsed.from(ciphertext.value())
                .orElseThrow(() -> unreadable("the ciphertext is malformed or of an unknown version"));
        SecretKey key = keyring.key(parsed.keyId())
                .orElseThrow(() -> unreadable("the ciphertext was made with key id " + parsed.keyId()
                        + ", which the keyring does not hold"));
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, parsed.nonce()));
            cipher.updateAAD(parsed.header());
            cipher.updateAAD(context.associatedData());
            return cipher.doFinal(parsed.sealed());
        } catch (GeneralSecurityException e) {
            // Deliberately without the cause: it adds nothing and this must not echo any bytes.
            throw unreadable("authentication failed: wrong key, wrong owner or field, or tampered data");
        }
    }

    @Override
    public boolean isCurrent(EncryptedSecret ciphertext) {
        return Parsed.from(ciphertext.value())
                .map(p -> p.keyId().equals(keyring.currentKeyId()))
                .orElse(false);
    }

    @Override
    public String toString() {
        return "AesGcmSecretCipher[" + keyring + "]";
    }

    private static byte[] header(String keyId) {
        byte[] id = keyId.getBytes(StandardCharsets.US_ASCII);
        byte[] header = new byte[2 + id.length];
        header[0] = VERSION;
        header[1] = (byte) id.length;
        System.arraycopy(id, 0, header, 2, id.length);
        return header;
    }

    private static NamcException unreadable(String reason) {
        return NamcException.of(ErrorCode.SECRET_UNREADABLE, "cannot decrypt secret: " + reason);
    }

    private record Parsed(byte[] header, String keyId, byte[] nonce, byte[] sealed) {
        /** The parts of a version-1 ciphertext, or empty if it is not one. */
        static Optional<Parsed> from(String encoded) {
            byte[] bytes;
            try {
                bytes = DECODER.decode(encoded);
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
            if (bytes.length < 2 || bytes[0] != VERSION) {
                return Optional.empty();
            }
            int idLength = bytes[1] & 0xff;
            int headerLength = 2 + idLength;
            if (idLength < 1 || idLength > Keyring.MAX_KEY_ID_LENGTH
                    || bytes.length < headerLength + NONCE_BYTES + TAG_BITS / 8) {
                return Optional.empty();
            }
            String keyId = new String(bytes, 2, idLength, StandardCharsets.US_ASCII);
            if (!Keyring.isValidKeyId(keyId)) {
                return Optional.empty();
            }
            return Optional.of(new Parsed(
                    Arrays.copyOfRange(bytes, 0, headerLength),
                    keyId,
                    Arrays.copyOfRange(bytes, headerLength, headerLength + NONCE_BYTES),
                    Arrays.copyOfRange(bytes, headerLength + NONCE_BYTES, bytes.length)));
        }
    }
}
