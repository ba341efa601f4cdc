package org.namc.learning.domain;

import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * Offline checks of certificate signatures (Ed25519, JDK only): anyone holding the
 * association's public key verifies a certificate's content without asking the portal.
 */
public final class CertificateSignatures {
    public static final String ALGORITHM = "Ed25519";

    private CertificateSignatures() {
    }

    /** @param signature base64 (standard alphabet), as certificates carry it */
    public static boolean verify(PublicKey publicKey, CertificateContent content, String signature) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(signature);
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        return verify(publicKey, content.canonicalBytes(), bytes);
    }

    public static boolean verify(PublicKey publicKey, byte[] payload, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(publicKey);
            verifier.update(payload);
            return verifier.verify(signature);
        } catch (InvalidKeyException | SignatureException notOurs) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every Java 15+ runtime", e);
        }
    }

    /** Reads a public key published in X.509 (SubjectPublicKeyInfo) encoding. */
    public static PublicKey publicKey(byte[] x509Encoded) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(x509Encoded));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 public key", e);
        }
    }
}
