package org.namc.learning;

import java.security.PublicKey;
import java.util.Base64;

/** The association's certificate-signing public key, for verifying certificates offline. */
public record CertificateKey(String keyId, PublicKey publicKey) {

    /** The key in X.509 (SubjectPublicKeyInfo) encoding, base64: the form to publish. */
    public String encoded() {
        return Base64.getEncoder().encodeToString(publicKey.getEncoded());
    }
}
