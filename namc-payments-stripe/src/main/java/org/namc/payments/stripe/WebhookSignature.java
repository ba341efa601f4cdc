package org.namc.payments.stripe;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Checks a {@code Stripe-Signature} header ({@code t=<unix seconds>,v1=<hex HMAC-SHA256 of
 * "t.body">}): the timestamp within the tolerance on both sides of now (the SDK alone accepts any
 * future timestamp), one {@code v1} matching in constant time. A malformed header is a reason,
 * never an exception.
 */
final class WebhookSignature {
    private final byte[] secret;
    private final Duration tolerance;

    WebhookSignature(String signingSecret, Duration tolerance) {
        this.secret = signingSecret.getBytes(StandardCharsets.UTF_8);
        this.tolerance = tolerance;
    }

    /** @return why the delivery is not believed, or empty when it is */
    Optional<WebhookResult.Reason> check(String body, @Nullable String header, Instant now) {
        if (header == null || header.isBlank() || header.length() > 4096) {
            return Optional.of(WebhookResult.Reason.MALFORMED_HEADER);
        }
        Long timestamp = null;
        List<String> signatures = new ArrayList<>();
        for (String part : header.split(",")) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                return Optional.of(WebhookResult.Reason.MALFORMED_HEADER);
            }
            String name = part.substring(0, eq).strip();
            String value = part.substring(eq + 1).strip();
            if (name.equals("t")) {
                if (timestamp != null || !value.matches("\\d{1,12}")) {
                    return Optional.of(WebhookResult.Reason.MALFORMED_HEADER);
                }
                timestamp = Long.parseLong(value);
            } else if (name.equals("v1")) {
                signatures.add(value);
            }
        }
        if (timestamp == null) {
            return Optional.of(WebhookResult.Reason.MALFORMED_HEADER);
        }
        if (signatures.isEmpty()) {
            return Optional.of(WebhookResult.Reason.NO_SIGNATURE);
        }
        if (Math.abs(now.getEpochSecond() - timestamp) > tolerance.toSeconds()) {
            return Optional.of(WebhookResult.Reason.TIMESTAMP_OUT_OF_TOLERANCE);
        }
        byte[] expected = hmac(timestamp + "." + body);
        for (String signature : signatures) {
            if (signature.matches("[0-9a-fA-F]{64}")
                    && MessageDigest.isEqual(expected, HexFormat.of().parseHex(signature.toLowerCase(Locale.ROOT)))) {
                return Optional.empty();
            }
        }
        return Optional.of(WebhookResult.Reason.SIGNATURE_MISMATCH);
    }

    private byte[] hmac(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    @Override
    public String toString() {
        return "WebhookSignature[tolerance " + tolerance + "]";
    }
}
