package org.namc.notifications.push;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * @param subject   the VAPID contact a push service may write to: {@code mailto:} or an https URL
 * @param ttl       how long a push service keeps a message for an offline browser (the {@code TTL} header)
 * @param portalUrl relative action links are resolved against it
 */
public record PushSettings(VapidKeys keys, String subject, Duration ttl, URI portalUrl, Duration timeout) {
    public PushSettings {
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(ttl, "ttl");
        Objects.requireNonNull(portalUrl, "portalUrl");
        Objects.requireNonNull(timeout, "timeout");
        if (!subject.startsWith("mailto:") && !subject.startsWith("https://")) {
            throw new IllegalArgumentException("the VAPID subject is a mailto: or https: URL (RFC 8292 §2.1)");
        }
        if (ttl.isNegative() || ttl.compareTo(Duration.ofDays(28)) > 0) {
            throw new IllegalArgumentException("ttl must be between 0 and 28 days");
        }
    }

    public static PushSettings of(VapidKeys keys, String subject, URI portalUrl) {
        return new PushSettings(keys, subject, Duration.ofDays(1), portalUrl, Duration.ofSeconds(15));
    }
}
