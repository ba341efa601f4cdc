package org.namc.membership.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Objects;

/** Makes TOTP secrets and the {@code otpauth://} URI an authenticator app scans from a QR code. */
public final class TotpSecrets {
    /** 160 bits, the HMAC-SHA1 output size that RFC 4226 recommends for the shared secret. */
    public static final int SECRET_BYTES = 20;

    private final SecureRandom random;

    public TotpSecrets(SecureRandom random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    public byte[] newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        return secret;
    }

    /**
     * The key URI in the format authenticator apps understand: the label is
     * {@code issuer:account}, and the issuer is repeated as a parameter for apps that read
     * only that one.
     */
    public static String otpauthUri(String issuer, String accountName, byte[] secret) {
        if (issuer.isBlank() || accountName.isBlank()) {
            throw new IllegalArgumentException("issuer and account name must not be blank");
        }
        String encodedIssuer = encode(issuer);
        return "otpauth://totp/" + encodedIssuer + ":" + encode(accountName)
                + "?secret=" + Base32.encode(secret)
                + "&issuer=" + encodedIssuer
                + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS;
    }

    private static String encode(String text) {
        // URLEncoder does form encoding; a URI path needs %20 for a space, not '+'.
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
