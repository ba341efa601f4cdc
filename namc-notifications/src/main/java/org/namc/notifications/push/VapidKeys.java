package org.namc.notifications.push;

import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;
import java.util.Arrays;
import java.util.Base64;

/**
 * A P-256 key pair in the raw forms Web Push uses: the public key as an uncompressed point (65
 * bytes, what browsers take as {@code applicationServerKey}), the private key as its 32-byte
 * scalar. The application server's VAPID identity (RFC 8292), and the ephemeral keys of each
 * encrypted message (RFC 8291).
 */
public final class VapidKeys {
    static final ECParameterSpec P256 = p256();

    private final ECPrivateKey privateKey;
    private final ECPublicKey publicKey;
    private final byte[] uncompressed;

    private VapidKeys(ECPrivateKey privateKey, ECPublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
        this.uncompressed = uncompressed(publicKey);
    }

    /** Keys kept by the host: both base64url, as {@code web-push generate-vapid-keys} prints them. */
    public static VapidKeys of(String publicKey, String privateKey) {
        byte[] point = Base64.getUrlDecoder().decode(publicKey);
        byte[] scalar = Base64.getUrlDecoder().decode(privateKey);
        if (scalar.length != 32) {
            throw new IllegalArgumentException("a P-256 private key is 32 bytes");
        }
        try {
            KeyFactory factory = KeyFactory.getInstance("EC");
            ECPrivateKey priv = (ECPrivateKey) factory.generatePrivate(new ECPrivateKeySpec(new BigInteger(1, scalar),
                    P256));
            return new VapidKeys(priv, publicKey(point));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not a P-256 key pair", e);
        }
    }

    public static VapidKeys generate(SecureRandom random) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), random);
            KeyPair pair = generator.generateKeyPair();
            return new VapidKeys((ECPrivateKey) pair.getPrivate(), (ECPublicKey) pair.getPublic());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("P-256 is part of every Java runtime", e);
        }
    }

    /** A public key from its uncompressed point, rejecting points off the curve. */
    static ECPublicKey publicKey(byte[] point) throws GeneralSecurityException {
        if (point.length != 65 || point[0] != 0x04) {
            throw new GeneralSecurityException("an uncompressed P-256 point is 65 bytes starting with 0x04");
        }
        ECPoint w = new ECPoint(new BigInteger(1, Arrays.copyOfRange(point, 1, 33)),
                new BigInteger(1, Arrays.copyOfRange(point, 33, 65)));
        return (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(w, P256));
    }

    static byte[] uncompressed(ECPublicKey key) {
        byte[] out = new byte[65];
        out[0] = 0x04;
        copyUnsigned(key.getW().getAffineX(), out, 1);
        copyUnsigned(key.getW().getAffineY(), out, 33);
        return out;
    }

    private static void copyUnsigned(BigInteger value, byte[] out, int offset) {
        byte[] bytes = value.toByteArray();
        int start = bytes.length > 32 ? bytes.length - 32 : 0;
        int length = bytes.length - start;
        System.arraycopy(bytes, start, out, offset + 32 - length, length);
    }

    ECPrivateKey privateKey() {
        return privateKey;
    }

    ECPublicKey ecPublicKey() {
        return publicKey;
    }

    /** The uncompressed public point. */
    public byte[] publicKeyBytes() {
        return uncompressed.clone();
    }

    /** The public key, base64url: the {@code k=} of the Authorization header and the browser's applicationServerKey. */
    public String publicKeyBase64Url() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(uncompressed);
    }

    private static ECParameterSpec p256() {
        try {
            AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
            parameters.init(new ECGenParameterSpec("secp256r1"));
            return parameters.getParameterSpec(ECParameterSpec.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("P-256 is part of every Java runtime", e);
        }
    }

    @Override
    public String toString() {
        return "VapidKeys[public=" + publicKeyBase64Url() + "]";
    }
}
