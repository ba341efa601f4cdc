package org.namc.notifications.domain;

import java.net.URI;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.NamcException;

/**
 * A browser's Web Push subscription (the W3C Push API's {@code PushSubscription}): where the
 * push service takes messages for it, and the keys a message is encrypted to (RFC 8291).
 *
 * @param p256dh the user agent's P-256 public key, uncompressed (65 bytes), base64url
 * @param auth   the 16-byte authentication secret, base64url
 */
public record PushSubscription(UUID id, MemberId member, URI endpoint, String p256dh, String auth, Instant createdAt) {
    public static final int MAX_ENDPOINT_LENGTH = 2000;

    public PushSubscription {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(p256dh, "p256dh");
        Objects.requireNonNull(auth, "auth");
        Objects.requireNonNull(createdAt, "createdAt");
        if (!"https".equals(endpoint.getScheme()) || endpoint.getHost() == null
                || endpoint.toString().length() > MAX_ENDPOINT_LENGTH) {
            throw NamcException.invalid("endpoint", "https", "must be an https URL of at most "
                    + MAX_ENDPOINT_LENGTH + " characters");
        }
        if (decodedLength(p256dh) != 65 || Base64.getUrlDecoder().decode(p256dh)[0] != 0x04) {
            throw NamcException.invalid("p256dh", "p256-point", "must be an uncompressed P-256 point (65 bytes, base64url)");
        }
        if (decodedLength(auth) != 16) {
            throw NamcException.invalid("auth", "length", "must be 16 bytes, base64url");
        }
    }

    private static int decodedLength(String base64url) {
        try {
            return Base64.getUrlDecoder().decode(base64url.replace("=", "")).length;
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    @Override
    public String toString() {
        // The endpoint is a capability: anyone holding it can push to the browser.
        return "PushSubscription[" + id + ", member=" + member + ", host=" + endpoint.getHost() + "]";
    }
}
