package org.namc.notifications.email;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.namc.notifications.UnsubscribeTokens;
import org.namc.shared.domain.MemberId;

/**
 * The one-click unsubscribe links of a message (RFC 8058): an https URL the host serves (a POST
 * with {@code List-Unsubscribe=One-Click} unsubscribes; a GET shows a confirmation page), and a
 * mailto address whose messages the host's inbound mail hands to the same use case.
 *
 * @param endpoint where the host serves the unsubscribe, e.g. {@code https://portal.example/unsubscribe};
 *                 the token is added as the {@code token} query parameter
 * @param mailbox  e.g. {@code unsubscribe@portal.example}; the token goes in the subject
 */
public record UnsubscribeLinks(UnsubscribeTokens tokens, URI endpoint, String mailbox) {

    public record Links(String url, String mailto) {
        /** The {@code List-Unsubscribe} header value: both, https first. */
        public String header() {
            return "<" + url + ">, <" + mailto + ">";
        }
    }

    public UnsubscribeLinks {
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(mailbox, "mailbox");
        if (!"https".equals(endpoint.getScheme()) || endpoint.getQuery() != null) {
            throw new IllegalArgumentException("endpoint must be an https URL without a query");
        }
    }

    public Links forMember(MemberId member, String category) {
        String token = tokens.issue(member, category);
        return new Links(endpoint + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8),
                "mailto:" + mailbox + "?subject=" + URLEncoder.encode("unsubscribe " + token, StandardCharsets.UTF_8)
                        .replace("+", "%20"));
    }
}
