package org.namc.learning.spi;

import java.security.PublicKey;

/**
 * Signs certificates with the association's Ed25519 key. The key may live in the JDK (see
 * {@code Ed25519CertificateSigner}) or in a key management service; the public key is what
 * third parties use to verify certificates offline.
 */
public interface CertificateSigner {

    /** Names the key, so a rotated key's certificates still verify with the right public key. */
    String keyId();

    /** The Ed25519 signature of {@code payload}. */
    byte[] sign(byte[] payload);

    PublicKey publicKey();
}
