package org.namc.membership.security;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.namc.membership.domain.PasswordHash;
import org.namc.membership.spi.PasswordHasher;
import org.namc.shared.domain.Secret;

/**
 * PBKDF2-HMAC-SHA256, the FIPS-approved password KDF the JDK ships. Hashes are encoded as
 * {@code pbkdf2-sha256$<iterations>$<salt>$<hash>} (unpadded base64) so that the work factor
 * can be raised later: old hashes still verify with their own count, and
 * {@link #needsRehash} tells the login flow to re-hash them.
 */
public final class Pbkdf2PasswordHasher implements PasswordHasher {
    /** OWASP Password Storage Cheat Sheet recommendation for PBKDF2-HMAC-SHA256. */
    public static final int OWASP_ITERATIONS = 600_000;
    /** Caps the work a stored hash can demand, so a corrupted row cannot stall a login thread. */
    public static final int MAX_ITERATIONS = 10_000_000;

    private static final String ALGORITHM_ID = "pbkdf2-sha256";
    private static final String JCA_ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int SALT_BYTES = 16;
    private static final int KEY_BYTES = 32;
    private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getDecoder();

    private final int iterations;
    private final SecureRandom random;

    /** The OWASP work factor with a fresh {@link SecureRandom}. */
    public Pbkdf2PasswordHasher() {
        this(OWASP_ITERATIONS, new SecureRandom());
    }

    /** A custom work factor; test suites use a cheap one, production keeps the default. */
    public Pbkdf2PasswordHasher(int iterations, SecureRandom random) {
        if (iterations < 1 || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("iterations must be between 1 and " + MAX_ITERATIONS);
        }
        this.iterations = iterations;
        this.random = Objects.requireNonNull(random, "random");
    }

    @Override
    public PasswordHash hash(Secret password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] key = derive(password, salt, iterations, KEY_BYTES);
        return new PasswordHash(ALGORITHM_ID + "$" + iterations + "$"
                + ENCODER.encodeToString(salt) + "$" + ENCODER.encodeToString(key));
    }

    @Override
    public boolean matches(Secret password, PasswordHash hash) {
        Optional<Parsed> parsed = Parsed.from(hash);
        if (parsed.isEmpty()) {
            return false;
        }
        Parsed p = parsed.get();
        byte[] actual = derive(password, p.salt(), p.iterations(), p.key().length);
        return MessageDigest.isEqual(actual, p.key());
    }

    @Override
    public boolean needsRehash(PasswordHash hash) {
        return Parsed.from(hash)
                .map(p -> p.iterations() < iterations || p.salt().length < SALT_BYTES
                        || p.key().length != KEY_BYTES)
                .orElse(true);
    }

    @Override
    public String toString() {
        return "Pbkdf2PasswordHasher[iterations=" + iterations + "]";
    }

    private static byte[] derive(Secret password, byte[] salt, int iterations, int keyBytes) {
        char[] chars = password.reveal().toCharArray();
        PBEKeySpec spec = new PBEKeySpec(chars, salt, iterations, keyBytes * 8);
        try {
            return SecretKeyFactory.getInstance(JCA_ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            // Every Java platform since 8 provides PBKDF2WithHmacSHA256.
            throw new IllegalStateException(JCA_ALGORITHM + " unavailable", e);
        } finally {
            spec.clearPassword();
            Arrays.fill(chars, '\0');
        }
    }

    private record Parsed(int iterations, byte[] salt, byte[] key) {
        static Optional<Parsed> from(PasswordHash hash) {
            String[] parts = hash.encoded().split("\\$", -1);
            if (parts.length != 4 || !parts[0].equals(ALGORITHM_ID)) {
                return Optional.empty();
            }
            try {
                int iterations = Integer.parseInt(parts[1]);
                byte[] salt = DECODER.decode(parts[2]);
                byte[] key = DECODER.decode(parts[3]);
                boolean sane = iterations >= 1 && iterations <= MAX_ITERATIONS
                        && salt.length > 0 && key.length >= 16 && key.length <= 64;
                return sane ? Optional.of(new Parsed(iterations, salt, key)) : Optional.empty();
            } catch (IllegalArgumentException e) {
                // NumberFormatException included: an unparsable hash simply does not match.
                return Optional.empty();
            }
        }
    }
}
