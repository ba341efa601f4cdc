package org.namc.notifications.push;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.namc.notifications.domain.Channel;
import org.namc.notifications.domain.Delivery;
import org.namc.notifications.domain.DeliveryResult;
import org.namc.notifications.domain.Priority;
import org.namc.notifications.domain.PushSubscription;
import org.namc.notifications.spi.NotificationChannel;
import org.namc.notifications.spi.PushSubscriptions;

/**
 * Web Push to every browser the member subscribed (RFC 8030), each message encrypted to that
 * browser (RFC 8291) and signed for the push service with VAPID (RFC 8292). The payload is
 * {@code {"title", "body", "url"}} JSON for the host's service worker, at most 4 KB once
 * encrypted (the body is cut to fit). Headers: {@code TTL}, {@code Urgency} from the priority,
 * and a {@code Topic} made from the delivery key, so a retry replaces its own undelivered copy.
 * A 404 or 410 means the browser unsubscribed: the subscription is removed.
 */
public final class WebPushChannel implements NotificationChannel {
    private static final int MAX_PLAINTEXT = PushEncryption.RECORD_SIZE - PushEncryption.OVERHEAD;

    private final PushSettings settings;
    private final PushSubscriptions subscriptions;
    private final HttpClient http;
    private final SecureRandom random;
    private final Clock clock;

    public WebPushChannel(PushSettings settings, PushSubscriptions subscriptions, HttpClient http, SecureRandom random,
                          Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.subscriptions = Objects.requireNonNull(subscriptions, "subscriptions");
        this.http = Objects.requireNonNull(http, "http");
        this.random = Objects.requireNonNull(random, "random");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Channel channel() {
        return Channel.PUSH;
    }

    @Override
    public DeliveryResult deliver(Delivery delivery) {
        List<PushSubscription> targets = subscriptions.forMember(delivery.recipient());
        if (targets.isEmpty()) {
            return new DeliveryResult.Failed("no push subscription", true);
        }
        byte[] payload;
        try {
            payload = payload(delivery);
        } catch (IllegalArgumentException e) {
            return new DeliveryResult.Failed("too long for a push message", true);
        }
        int accepted = 0;
        int gone = 0;
        String lastError = null;
        boolean retry = false;
        for (PushSubscription target : targets) {
            Outcome outcome = send(target, payload, delivery);
            switch (outcome.kind()) {
                case ACCEPTED -> accepted++;
                case GONE -> {
                    subscriptions.remove(target.endpoint());
                    gone++;
                }
                case RETRY -> {
                    retry = true;
                    lastError = outcome.detail();
                }
                case REFUSED -> lastError = outcome.detail();
            }
        }
        if (accepted > 0) {
            return new DeliveryResult.Delivered(accepted + " of " + targets.size() + " browsers");
        }
        if (gone == targets.size()) {
            return new DeliveryResult.Failed("every push subscription has expired", true);
        }
        return new DeliveryResult.Failed("push refused: " + lastError, !retry);
    }

    private enum Kind { ACCEPTED, GONE, RETRY, REFUSED }

    private record Outcome(Kind kind, @Nullable String detail) {
    }

    private Outcome send(PushSubscription target, byte[] payload, Delivery delivery) {
        byte[] body;
        try {
            body = PushEncryption.encrypt(payload, Base64.getUrlDecoder().decode(target.p256dh()),
                    Base64.getUrlDecoder().decode(target.auth()), random);
        } catch (IllegalArgumentException e) {
            return new Outcome(Kind.REFUSED, "the subscription's keys are unusable");
        }
        HttpRequest request = HttpRequest.newBuilder(target.endpoint())
                .timeout(settings.timeout())
                .header("Authorization", VapidJwt.authorization(settings.keys(), target.endpoint(),
                        clock.instant().plus(Duration.ofHours(12)), settings.subject()))
                .header("Content-Encoding", "aes128gcm")
                .header("Content-Type", "application/octet-stream")
                .header("TTL", Long.toString(settings.ttl().toSeconds()))
                .header("Urgency", urgency(delivery.priority()))
                .header("Topic", topic(delivery.key()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status >= 200 && status < 300) {
                return new Outcome(Kind.ACCEPTED, null);
            }
            if (status == 404 || status == 410) {
                return new Outcome(Kind.GONE, Integer.toString(status));
            }
            return new Outcome(status == 429 || status >= 500 ? Kind.RETRY : Kind.REFUSED, "HTTP " + status);
        } catch (IOException e) {
            return new Outcome(Kind.RETRY, "push service unreachable: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(Kind.RETRY, "interrupted");
        }
    }

    /** The JSON the service worker shows; the body is cut so that the encrypted record stays within 4 KB. */
    byte[] payload(Delivery d) {
        String url = d.actionUrl() == null ? "" : settings.portalUrl().resolve(URI.create(d.actionUrl())).toString();
        String body = d.body().strip();
        byte[] whole = json(d.subject(), body, url);
        if (whole.length <= MAX_PLAINTEXT) {
            return whole;
        }
        // The longest prefix of the body that fits with an ellipsis.
        int low = 0;
        int high = body.length();
        byte[] best = json(d.subject(), "", url);
        if (best.length > MAX_PLAINTEXT) {
            throw new IllegalArgumentException("the title and link alone exceed a push message");
        }
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int end = mid > 0 && Character.isHighSurrogate(body.charAt(mid - 1)) ? mid - 1 : mid;
            byte[] candidate = json(d.subject(), body.substring(0, end) + "…", url);
            if (candidate.length <= MAX_PLAINTEXT) {
                best = candidate;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return best;
    }

    private static byte[] json(String title, String body, String url) {
        return ("{\"title\":\"" + json(title) + "\",\"body\":\"" + json(body) + "\",\"url\":\"" + json(url)
                + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    static String urgency(Priority priority) {
        return switch (priority) {
            case LOW -> "low";
            case NORMAL -> "normal";
            case HIGH, URGENT -> "high";
        };
    }

    /** 32 base64url characters (the most RFC 8030 allows), the same for every retry of a delivery. */
    static String topic(String deliveryKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(deliveryKey.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 24));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
