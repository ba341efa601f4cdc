package org.namc.notifications.push;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.interfaces.ECPublicKey;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Message encryption for Web Push (RFC 8291) in the {@code aes128gcm} content coding (RFC 8188):
 * an ECDH secret between a fresh sender key and the browser's key, mixed with the browser's
 * authentication secret, keys one AES-128-GCM record. The body is salt (16) · record size (4) ·
 * key id length (1) · sender public key (65) · ciphertext, a single record ending with the
 * delimiter 0x02.
 */
public final class PushEncryption {
    public static final int RECORD_SIZE = 4096;
    /** Header (86) + delimiter (1) + tag (16): what a record adds to the plaintext. */
    public static final int OVERHEAD = 86 + 1 + 16;

    private PushEncryption() {
    }

    /** Encrypts with a fresh sender key and salt. */
    public static byte[] encrypt(byte[] plaintext, byte[] userAgentPublic, byte[] authSecret, SecureRandom random) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return encrypt(plaintext, userAgentPublic, authSecret, VapidKeys.generate(random), salt);
    }

    /** Encrypts with the given sender key and salt (fixed only to reproduce a published vector). */
    public static byte[] encrypt(byte[] plaintext, byte[] userAgentPublic, byte[] authSecret, VapidKeys sender,
                                 byte[] salt) {
        if (authSecret.length != 16 || salt.length != 16) {
            throw new IllegalArgumentException("the auth secret and the salt are 16 bytes");
        }
        if (plaintext.length + OVERHEAD > RECORD_SIZE) {
            throw new IllegalArgumentException("a push message holds at most " + (RECORD_SIZE - OVERHEAD) + " bytes");
        }
        try {
            ECPublicKey browser = VapidKeys.publicKey(userAgentPublic);
            KeyAgreement agreement = KeyAgreement.getInstance("ECDH");
            agreement.init(sender.privateKey());
            agreement.doPhase(browser, true);
            byte[] ecdhSecret = agreement.generateSecret();
            byte[] senderPublic = sender.publicKeyBytes();

            byte[] prkKey = hmac(authSecret, ecdhSecret);
            byte[] keyInfo = concat("WebPush: info\0".getBytes(StandardCharsets.US_ASCII), userAgentPublic, senderPublic,
                    new byte[] {1});
            byte[] ikm = hmac(prkKey, keyInfo);
            byte[] prk = hmac(salt, ikm);
            byte[] cek = Arrays.copyOf(hmac(prk, "Content-Encoding: aes128gcm\0\1".getBytes(StandardCharsets.US_ASCII)), 16);
            byte[] nonce = Arrays.copyOf(hmac(prk, "Content-Encoding: nonce\0\1".getBytes(StandardCharsets.US_ASCII)), 12);

            Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
            gcm.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(cek, "AES"), new GCMParameterSpec(128, nonce));
            byte[] ciphertext = gcm.doFinal(concat(plaintext, new byte[] {2}));

            ByteBuffer body = ByteBuffer.allocate(16 + 4 + 1 + senderPublic.length + ciphertext.length);
            body.put(salt).putInt(RECORD_SIZE).put((byte) senderPublic.length).put(senderPublic).put(ciphertext);
            return body.array();
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("the subscription's key is not a P-256 public key", e);
        }
    }

    private static byte[] hmac(byte[] key, byte[] data) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(data);
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        ByteBuffer out = ByteBuffer.allocate(length);
        for (byte[] part : parts) {
            out.put(part);
        }
        return out.array();
    }
}
