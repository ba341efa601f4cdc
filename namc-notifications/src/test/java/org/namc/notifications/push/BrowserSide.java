package org.namc.notifications.push;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * What a browser does with a push message, written from RFC 8291 §3-4 and RFC 8188 without the
 * production code's helpers: it parses the header, derives the keys and decrypts. Public keys are
 * read through a fixed X.509 prefix rather than the channel's own point decoding.
 */
final class BrowserSide {
    /** SubjectPublicKeyInfo of an id-ecPublicKey on prime256v1, up to the BIT STRING of the point. */
    private static final byte[] P256_SPKI_PREFIX = HexFormat.of()
            .parseHex("3059301306072a8648ce3d020106082a8648ce3d030107034200");

    private BrowserSide() {
    }

    static PublicKey publicKey(byte[] uncompressedPoint) throws Exception {
        byte[] spki = new byte[P256_SPKI_PREFIX.length + uncompressedPoint.length];
        System.arraycopy(P256_SPKI_PREFIX, 0, spki, 0, P256_SPKI_PREFIX.length);
        System.arraycopy(uncompressedPoint, 0, spki, P256_SPKI_PREFIX.length, uncompressedPoint.length);
        return KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(spki));
    }

    static String decrypt(byte[] body, byte[] uaPrivate, byte[] uaPublic, byte[] auth) throws Exception {
        ByteBuffer in = ByteBuffer.wrap(body);
        byte[] salt = new byte[16];
        in.get(salt);
        int recordSize = in.getInt();
        byte[] senderPublic = new byte[in.get()];
        in.get(senderPublic);
        byte[] ciphertext = new byte[in.remaining()];
        in.get(ciphertext);
        if (recordSize != 4096) {
            throw new IllegalStateException("record size " + recordSize);
        }
        PrivateKey ua = KeyFactory.getInstance("EC").generatePrivate(new ECPrivateKeySpec(new BigInteger(1, uaPrivate),
                VapidKeys.P256));
        KeyAgreement ecdh = KeyAgreement.getInstance("ECDH");
        ecdh.init(ua);
        ecdh.doPhase(publicKey(senderPublic), true);
        byte[] secret = ecdh.generateSecret();
        byte[] prkKey = hmac(auth, secret);
        byte[] info = ByteBuffer.allocate(14 + 65 + 65 + 1).put("WebPush: info".getBytes(StandardCharsets.US_ASCII))
                .put((byte) 0).put(uaPublic).put(senderPublic).put((byte) 1).array();
        byte[] ikm = hmac(prkKey, info);
        byte[] prk = hmac(salt, ikm);
        byte[] cek = Arrays.copyOf(hmac(prk, "Content-Encoding: aes128gcm\u0000\u0001".getBytes(StandardCharsets.US_ASCII)), 16);
        byte[] nonce = Arrays.copyOf(hmac(prk, "Content-Encoding: nonce\u0000\u0001".getBytes(StandardCharsets.US_ASCII)), 12);
        Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
        gcm.init(Cipher.DECRYPT_MODE, new SecretKeySpec(cek, "AES"), new GCMParameterSpec(128, nonce));
        byte[] padded = gcm.doFinal(ciphertext);
        int end = padded.length - 1;
        while (end >= 0 && padded[end] == 0) {
            end--;
        }
        if (padded[end] != 2) {
            throw new IllegalStateException("not the last record");
        }
        return new String(padded, 0, end, StandardCharsets.UTF_8);
    }

    private static byte[] hmac(byte[] key, byte[] data) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(data);
    }
}
