package org.namc.notifications.email;

import java.net.URI;
import java.time.Duration;
import org.namc.notifications.UnsubscribeTokens;
import org.namc.notifications.templates.Branding;

/** The settings the email tests share: a local server without TLS, the portal's links. */
final class EmailFixtures {
    static final Branding BRANDING = new Branding("NAMC NorCal", null, "#1f4e79",
            "1390 Market St, San Francisco, CA 94102", URI.create("https://namc.example"));

    private EmailFixtures() {
    }

    static SmtpSettings settings(int port) {
        return new SmtpSettings("127.0.0.1", port, null, null, SmtpSettings.StartTls.OFF, "portal@namc.example",
                "NAMC NorCal", "help@namc.example", "mail.namc.example", URI.create("https://portal.namc.example/"),
                Duration.ofSeconds(5));
    }

    static UnsubscribeLinks links(UnsubscribeTokens tokens) {
        return new UnsubscribeLinks(tokens, URI.create("https://portal.namc.example/unsubscribe"),
                "unsubscribe@namc.example");
    }
}
