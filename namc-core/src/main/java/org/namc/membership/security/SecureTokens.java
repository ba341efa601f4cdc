package org.namc.membership.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.namc.shared.domain.Secret;

/**
 * Random bearer tokens (email verification, password reset, login challenges) and
 * second-factor recovery codes. Only their SHA-256 hashes are stored: the values have full
 * entropy, so a fast hash suffices and a leaked table reveals nothing usable.
 */
public final class SecureTokens {
    /** 256 bits. */
    public static final int TOKEN_BYTES = 32;

    // No 0/O or 1/I, so codes read from paper are typed correctly; 32 symbols = 5 bits each.
    private static final String RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int RECOVERY_GROUPS = 4;
    private static final int RECOVERY_GROUP_LENGTH = 4;
    private static final int MAX_RECOVERY_CODES = 100;

    private final SecureRandom random;

    public SecureTokens(SecureRandom random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    /** A new token: 32 random bytes as 43 base64url characters without padding. */
    public Secret newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Secret.of(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** The lower-case hex SHA-256 of the token, the form in which it is stored and looked up. */
    public static String hash(Secret token) {
        return sha256Hex(token.reveal());
    }

    /** {@code count} distinct recovery codes shaped {@code XXXX-XXXX-XXXX-XXXX} (80 bits each). */
    public List<Secret> newRecoveryCodes(int count) {
        if (count < 1 || count > MAX_RECOVERY_CODES) {
            throw new IllegalArgumentException("count must be between 1 and " + MAX_RECOVERY_CODES);
        }
        List<Secret> codes = new ArrayList<>(count);
        while (codes.size() < count) {
            Secret code = newRecoveryCode();
            // A repeat is astronomically unlikely, but the codes are promised distinct.
            if (!codes.contains(code)) {
                codes.add(code);
            }
        }
        return List.copyOf(codes);
    }

    /**
     * The hash of a recovery code after normalising it (upper case, without dashes and
     * spaces), so a code typed in lower case or without dashes still matches.
     */
    public static String hashRecoveryCode(Secret code) {
        String normal = code.reveal().toUpperCase(Locale.ROOT).replace("-", "").replace(" ", "");
        return sha256Hex(normal);
    }

    private Secret newRecoveryCode() {
        StringBuilder sb = new StringBuilder(RECOVERY_GROUPS * (RECOVERY_GROUP_LENGTH + 1));
        for (int group = 0; group < RECOVERY_GROUPS; group++) {
            if (group > 0) {
                sb.append('-');
            }
            for (int i = 0; i < RECOVERY_GROUP_LENGTH; i++) {
                sb.append(RECOVERY_ALPHABET.charAt(random.nextInt(RECOVERY_ALPHABET.length())));
            }
        }
        return Secret.of(sb.toString());
    }

    private static String sha256Hex(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256.
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
