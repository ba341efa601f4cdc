package org.namc.notifications.sms;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.PhoneNumber;
import org.namc.shared.domain.Secret;

/**
 * A Twilio-compatible Messages API account.
 *
 * @param apiBase        {@code https://api.twilio.com} (or a compatible provider's, or a test server's)
 * @param from           the portal's sending number
 * @param statusCallback where the provider posts status updates; each message adds {@code ?key=<delivery key>}
 * @param portalUrl      relative action links are resolved against it
 * @param maxSegments    the most segments one message may take (default 3); longer texts are shortened
 */
public record SmsSettings(URI apiBase, String accountSid, Secret authToken, PhoneNumber from,
                          @Nullable URI statusCallback, URI portalUrl, int maxSegments, Duration timeout) {
    public SmsSettings {
        Objects.requireNonNull(apiBase, "apiBase");
        Objects.requireNonNull(accountSid, "accountSid");
        Objects.requireNonNull(authToken, "authToken");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(portalUrl, "portalUrl");
        Objects.requireNonNull(timeout, "timeout");
        if (!accountSid.matches("[A-Za-z0-9]{2,64}")) {
            throw new IllegalArgumentException("accountSid must be letters and digits");
        }
        if (maxSegments < 1 || maxSegments > 10) {
            throw new IllegalArgumentException("maxSegments must be 1 to 10");
        }
    }

    public static SmsSettings of(URI apiBase, String accountSid, Secret authToken, PhoneNumber from, URI portalUrl,
                                 @Nullable URI statusCallback) {
        return new SmsSettings(apiBase, accountSid, authToken, from, statusCallback, portalUrl, 3,
                Duration.ofSeconds(15));
    }

    @Override
    public String toString() {
        return "SmsSettings[" + apiBase + ", account=" + accountSid + ", from=" + from + "]";
    }
}
