package org.namc.membership.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238) as every authenticator app computes them by
 * default: HMAC-SHA1, 6 digits, 30-second steps from the Unix epoch.
 */
public final class Totp {
    public static final int DIGITS = 6;
    public static final long STEP_SECONDS = 30;

    private static final int[] POWERS_OF_TEN = {
        1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000
    };

    private Totp() {
    }

    /** The time step that {@code instant} falls in. */
    public static long stepAt(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), STEP_SECONDS);
    }

    /** The 6-digit code of {@code step}, zero-padded. */
    public static String code(byte[] key, long step) {
        return code(key, step, DIGITS);
    }

    /** The code of {@code step} with 1 to 9 digits (RFC 6238's vectors use 8), zero-padded. */
    static String code(byte[] key, long step, int digits) {
        if (digits < 1 || digits > 9) {
            throw new IllegalArgumentException("digits must be between 1 and 9");
        }
        byte[] mac = hmacSha1(key, ByteBuffer.allocate(Long.BYTES).putLong(step).array());
        // Dynamic truncation, RFC 4226 section 5.3.
        int offset = mac[mac.length - 1] & 0x0f;
        int binary = ((mac[offset] & 0x7f) << 24)
                | ((mac[offset + 1] & 0xff) << 16)
                | ((mac[offset + 2] & 0xff) << 8)
                | (mac[offset + 3] & 0xff);
        String value = Integer.toString(binary % POWERS_OF_TEN[digits]);
        return "0".repeat(digits - value.length()) + value;
    }

    /**
     * The step whose code equals {@code code}, looking at the step of {@code now} and the one
     * before it (a code typed just as the step turned over). Future steps are never accepted.
     * Callers must refuse a step at or below the last one used, or a code could be replayed.
     */
    public static OptionalLong matchingStep(byte[] key, String code, Instant now) {
        if (!isSixAsciiDigits(code)) {
            return OptionalLong.empty();
        }
        byte[] given = code.getBytes(StandardCharsets.US_ASCII);
        long current = stepAt(now);
        long matched = 0;
        boolean found = false;
        // Every candidate is computed and compared, so timing does not tell which one matched.
        // If both steps share a code, the later one wins so that both count as used.
        for (long step = current - 1; step <= current; step++) {
            boolean equal = MessageDigest.isEqual(
                    code(key, step).getBytes(StandardCharsets.US_ASCII), given);
            matched = equal ? step : matched;
            found |= equal;
        }
        return found ? OptionalLong.of(matched) : OptionalLong.empty();
    }

    private static boolean isSixAsciiDigits(String code) {
        if (code.length() != DIGITS) {
            return false;
        }
        for (int i = 0; i < DIGITS; i++) {
            char c = code.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static byte[] hmacSha1(byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            // Every Java platform must provide HmacSHA1.
            throw new IllegalStateException("HmacSHA1 unavailable", e);
        }
    }
}
