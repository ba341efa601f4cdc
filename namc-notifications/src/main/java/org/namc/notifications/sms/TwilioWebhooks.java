package org.namc.notifications.sms;

import org.namc.notifications.domain.NotificationsRefusal;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.namc.notifications.DeliveryEvent;
import org.namc.notifications.InboundSms;
import org.namc.notifications.NotificationsApi;
import org.namc.notifications.SmsReply;
import org.namc.notifications.domain.Channel;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.NamcException;
import org.namc.shared.domain.PhoneNumber;
import org.namc.shared.domain.Secret;

/**
 * The two SMS webhooks a host exposes, each request's {@code X-Twilio-Signature} checked first:
 * inbound texts (STOP / START / HELP, answered with TwiML) and message status callbacks
 * (delivered, undelivered, failed), which become {@link DeliveryEvent}s. The host passes the
 * exact URL the provider called (scheme, host, path and query, as configured there) and the
 * decoded form parameters.
 */
public final class TwilioWebhooks {
    /** Carrier errors that say the handset or number cannot receive texts at all. */
    private static final Set<String> UNREACHABLE = Set.of("30003", "30005", "30006");

    private final NotificationsApi notifications;
    private final Secret authToken;
    private final Clock clock;

    public TwilioWebhooks(NotificationsApi notifications, Secret authToken, Clock clock) {
        this.notifications = Objects.requireNonNull(notifications, "notifications");
        this.authToken = Objects.requireNonNull(authToken, "authToken");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * An inbound text; returns the TwiML to answer with ({@code <Response/>} when no reply is due).
     *
     * @throws NamcException {@code FORBIDDEN} when the signature does not match
     */
    public String inbound(String url, Map<String, String> params, @Nullable String signature) {
        check(url, params, signature);
        String from = params.get("From");
        String body = params.get("Body");
        if (from == null || body == null) {
            throw NamcException.invalid(from == null ? "From" : "Body", "required", "the provider always sends it");
        }
        SmsReply reply = notifications.receiveSms(Actor.system(), new InboundSms(PhoneNumber.parse(from), body));
        return reply.text().isEmpty() ? "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>"
                : "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Message>" + xml(reply.text())
                + "</Message></Response>";
    }

    /**
     * A status callback for a message the SMS channel sent ({@code ?key=} carries its delivery key).
     * Intermediate states (queued, sent) change nothing.
     *
     * @throws NamcException {@code FORBIDDEN} when the signature does not match
     */
    public void status(String url, Map<String, String> params, @Nullable String signature) {
        check(url, params, signature);
        String key = queryParameter(url, "key");
        String status = params.getOrDefault("MessageStatus", "");
        String to = params.getOrDefault("To", "");
        String error = params.get("ErrorCode");
        DeliveryEvent.Kind kind = switch (status) {
            case "delivered" -> DeliveryEvent.Kind.DELIVERED;
            case "undelivered", "failed" -> error != null && UNREACHABLE.contains(error)
                    ? DeliveryEvent.Kind.HARD_BOUNCE : DeliveryEvent.Kind.SOFT_BOUNCE;
            default -> null;
        };
        if (kind == null || key == null) {
            return;
        }
        notifications.recordDeliveryEvent(Actor.system(), new DeliveryEvent(Channel.SMS, kind, key, to,
                status + (error == null ? "" : " (error " + error + ")"), clock.instant()));
    }

    private void check(String url, Map<String, String> params, @Nullable String signature) {
        if (!TwilioSignature.verify(authToken.reveal(), url, params, signature)) {
            throw NamcException.refused(NotificationsRefusal.WEBHOOK_SIGNATURE_INVALID, "the webhook signature does not match");
        }
    }

    private static @Nullable String queryParameter(String url, String name) {
        int q = url.indexOf('?');
        if (q < 0) {
            return null;
        }
        for (String pair : url.substring(q + 1).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
