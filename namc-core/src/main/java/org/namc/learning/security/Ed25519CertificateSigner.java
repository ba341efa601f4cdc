package org.namc.learning.security;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.util.Objects;
import org.namc.learning.domain.CertificateSignatures;
import org.namc.learning.spi.CertificateSigner;
import org.namc.shared.domain.Violations;

/** Signs certificates with an Ed25519 key pair held in memory, using only the JDK. */
public final class Ed25519CertificateSigner implements CertificateSigner {
    private final String keyId;
    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    /** @param keyPair an Ed25519 key pair, e.g. loaded from the host's key store */
    public Ed25519CertificateSigner(String keyId, KeyPair keyPair) {
        Violations.collect().notBlank(keyId, "keyId", 100).throwIfAny();
        this.keyId = keyId.strip();
        this.privateKey = Objects.requireNonNull(keyPair.getPrivate(), "private key");
        this.publicKey = Objects.requireNonNull(keyPair.getPublic(), "public key");
        if (!CertificateSignatures.ALGORITHM.equals(publicKey.getAlgorithm())
                && !"EdDSA".equals(publicKey.getAlgorithm())) {
            throw new IllegalArgumentException("the key pair must be Ed25519, not " + publicKey.getAlgorithm());
        }
    }

    /** A signer with a fresh key pair: for tests and demos, or to create the association's key once. */
    public static Ed25519CertificateSigner generate(String keyId, SecureRandom random) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(CertificateSignatures.ALGORITHM);
            generator.initialize(255, random);
            return new Ed25519CertificateSigner(keyId, generator.generateKeyPair());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every Java 15+ runtime", e);
        }
    }

    @Override
    public String keyId() {
        return keyId;
    }

    @Override
    public byte[] sign(byte[] payload) {
        try {
            Signature signer = Signature.getInstance(CertificateSignatures.ALGORITHM);
            signer.initSign(privateKey);
            signer.update(payload);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not sign with key " + keyId, e);
        }
    }

    @Override
    public PublicKey publicKey() {
        return publicKey;
    }

    @Override
    public String toString() {
        return "Ed25519CertificateSigner[" + keyId + "]"; // never the private key
    }
}
