package org.namc.notifications.email;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.Secret;

/**
 * Where and how the email channel sends: the host's mail relay (which signs with DKIM and is
 * named in the domain's SPF record), the sender, and the links the messages carry.
 *
 * @param startTls        {@link StartTls#REQUIRED} unless the host turns it off (a relay on localhost)
 * @param messageIdDomain the right-hand side of each {@code Message-ID}: a domain the host owns
 * @param portalUrl       relative action links ({@code /events/1}) are resolved against it
 */
public record SmtpSettings(String host, int port, @Nullable String username, @Nullable Secret password,
                           StartTls startTls, String fromAddress, String fromName, @Nullable String replyTo,
                           String messageIdDomain, URI portalUrl, Duration timeout) {

    public enum StartTls {
        /** Refuse to send over a connection that could not be upgraded to TLS. */
        REQUIRED,
        /** Plain SMTP: only for a relay on the same host or a test server. */
        OFF
    }

    public SmtpSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(startTls, "startTls");
        Objects.requireNonNull(fromAddress, "fromAddress");
        Objects.requireNonNull(fromName, "fromName");
        Objects.requireNonNull(messageIdDomain, "messageIdDomain");
        Objects.requireNonNull(portalUrl, "portalUrl");
        Objects.requireNonNull(timeout, "timeout");
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("port must be 1 to 65535");
        }
        if ((username == null) != (password == null)) {
            throw new IllegalArgumentException("give both username and password, or neither");
        }
        if (!"https".equals(portalUrl.getScheme())) {
            throw new IllegalArgumentException("portalUrl must be an https URL");
        }
    }

    /** A relay on {@code host:587} with STARTTLS required, no authentication, 30 s timeouts. */
    public static SmtpSettings relay(String host, int port, String fromAddress, String fromName,
                                     String messageIdDomain, URI portalUrl) {
        return new SmtpSettings(host, port, null, null, StartTls.REQUIRED, fromAddress, fromName, null,
                messageIdDomain, portalUrl, Duration.ofSeconds(30));
    }

    public SmtpSettings withLogin(String user, Secret secret) {
        return new SmtpSettings(host, port, user, secret, startTls, fromAddress, fromName, replyTo, messageIdDomain,
                portalUrl, timeout);
    }

    public SmtpSettings withStartTls(StartTls mode) {
        return new SmtpSettings(host, port, username, password, mode, fromAddress, fromName, replyTo, messageIdDomain,
                portalUrl, timeout);
    }

    public SmtpSettings withReplyTo(String address) {
        return new SmtpSettings(host, port, username, password, startTls, fromAddress, fromName, address,
                messageIdDomain, portalUrl, timeout);
    }

    @Override
    public String toString() {
        return "SmtpSettings[" + host + ":" + port + ", user=" + (username == null ? "none" : username)
                + ", startTls=" + startTls + ", from=" + fromAddress + "]";
    }
}
