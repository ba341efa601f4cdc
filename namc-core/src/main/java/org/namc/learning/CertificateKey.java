package org.namc.learning;

import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.Base64;

/** The association's certificate-signing public key, for verifying certificates offline. */
public record CertificateKey(String keyId, PublicKey publicKey) {

    /** The key in X.509 (SubjectPublicKeyInfo) encoding, base64: the form to publish. */
    public String encoded() {
        return Base64.getEncoder().encodeToString(publicKey.getEncoded());
    }

    /** The key as a PEM {@code PUBLIC KEY} block, the form {@code openssl} and Node's {@code crypto} read. */
    public String pem() {
        return "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(publicKey.getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }
}
