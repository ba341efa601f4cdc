package org.namc.notifications.email;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.namc.notifications.UnsubscribeTokens;
import org.namc.notifications.domain.Channel;
import org.namc.notifications.domain.ContactPoints;
import org.namc.notifications.domain.Delivery;
import org.namc.notifications.domain.DeliveryResult;
import org.namc.notifications.domain.NotificationId;
import org.namc.notifications.domain.Priority;
import org.namc.notifications.templates.MustacheTemplates;
import org.namc.shared.crypto.Keyring;
import org.namc.shared.domain.EmailAddress;
import org.namc.shared.domain.MemberId;

class SmtpEmailChannelTest {
    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    static final MemberId JOSE = new MemberId(UUID.fromString("00000000-0000-0000-0000-0000000000a1"));
    static final UnsubscribeTokens TOKENS = new UnsubscribeTokens(Keyring.generate("k1", new SecureRandom()));
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-08T09:00:00Z"), ZoneOffset.UTC);

    final FixedContacts contacts = new FixedContacts().with(new ContactPoints(JOSE, "José Núñez",
            new EmailAddress("jose@example.com"), null));

    static SmtpEmailChannel channel(int port, FixedContacts contacts) {
        return new SmtpEmailChannel(EmailFixtures.settings(port), contacts,
                new MustacheTemplates(EmailFixtures.BRANDING), EmailFixtures.links(TOKENS), CLOCK);
    }

    static Delivery delivery(String key, String category, boolean critical) {
        return new Delivery(key, JOSE, Channel.EMAIL, Priority.NORMAL, "Inscripción confirmada ✓ – Bid Day",
                "Nos vemos el miércoles.\n\nTraiga su tarjeta <NAMC>.", null, "/events/42",
                List.of(new NotificationId(UUID.randomUUID())), 1, category, critical, "Ver evento");
    }

    @Test
    void sendsMultipartAlternativeWithEncodedHeadersAndAMessageIdFromTheDeliveryKey() throws Exception {
        String key = UUID.randomUUID().toString();
        DeliveryResult result = channel(GREEN_MAIL.getSmtp().getPort(), contacts).deliver(delivery(key, "event", false));

        assertThat(result).isEqualTo(new DeliveryResult.Delivered("<" + key + "@mail.namc.example>"));
        MimeMessage received = GREEN_MAIL.getReceivedMessages()[0];
        assertThat(received.getMessageID()).isEqualTo("<" + key + "@mail.namc.example>");
        assertThat(received.getHeader("Subject")[0]).startsWith("=?UTF-8?");
        assertThat(received.getSubject()).isEqualTo("Inscripción confirmada ✓ – Bid Day");
        assertThat(received.getHeader("To")[0]).contains("=?UTF-8?").contains("<jose@example.com>");
        assertThat(received.getFrom()[0].toString()).contains("portal@namc.example");
        assertThat(received.getReplyTo()[0].toString()).isEqualTo("help@namc.example");
        assertThat(received.getContentType()).startsWith("multipart/alternative");
        MimeMultipart parts = (MimeMultipart) received.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat((String) parts.getBodyPart(0).getContent()).contains("Nos vemos el miércoles.")
                .contains("Ver evento: https://portal.namc.example/events/42")
                .contains("Unsubscribe from these emails: https://portal.namc.example/unsubscribe?token=");
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
        assertThat((String) parts.getBodyPart(1).getContent()).contains("Traiga su tarjeta &lt;NAMC&gt;.")
                .contains("href=\"https://portal.namc.example/events/42\"").contains("1390 Market St");
    }

    @Test
    void aMemberMayUnsubscribeInOneClickExceptFromSecurityAlerts() throws Exception {
        SmtpEmailChannel channel = channel(GREEN_MAIL.getSmtp().getPort(), contacts);
        channel.deliver(delivery(UUID.randomUUID().toString(), "event", false));
        channel.deliver(delivery(UUID.randomUUID().toString(), "security", true));

        MimeMessage bulk = GREEN_MAIL.getReceivedMessages()[0];
        String header = bulk.getHeader("List-Unsubscribe")[0];
        assertThat(header).matches("<https://portal\\.namc\\.example/unsubscribe\\?token=[^>]+>, "
                + "<mailto:unsubscribe@namc\\.example\\?subject=unsubscribe%20[^>]+>");
        assertThat(bulk.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        String token = java.net.URLDecoder.decode(header.substring(header.indexOf("token=") + 6, header.indexOf('>')),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(TOKENS.verify(token)).contains(new UnsubscribeTokens.Subject(JOSE, "event"));

        MimeMessage alert = GREEN_MAIL.getReceivedMessages()[1];
        assertThat(alert.getHeader("List-Unsubscribe")).isNull();
        assertThat(alert.getHeader("List-Unsubscribe-Post")).isNull();
    }

    @Test
    void aRetriedDeliveryCarriesTheSameMessageId() throws Exception {
        SmtpEmailChannel channel = channel(GREEN_MAIL.getSmtp().getPort(), contacts);
        Delivery first = delivery("7d1c2a56-1111-4a4a-9e9e-000000000001", "event", false);
        channel.deliver(first);
        channel.deliver(new Delivery(first.key(), first.recipient(), first.channel(), first.priority(), first.subject(),
                first.body(), null, first.actionUrl(), first.sources(), 2, first.category(), false, first.actionText()));

        MimeMessage[] received = GREEN_MAIL.getReceivedMessages();
        assertThat(received).hasSize(2);
        assertThat(received[1].getMessageID()).isEqualTo(received[0].getMessageID());
    }

    @Test
    void aMemberWithoutAnEmailAddressFailsForGood() {
        MemberId nobody = new MemberId(UUID.randomUUID());
        Delivery d = new Delivery("k", nobody, Channel.EMAIL, Priority.NORMAL, "s", "b", null, null, List.of(), 1,
                "event", false, null);

        assertThat(channel(GREEN_MAIL.getSmtp().getPort(), contacts).deliver(d))
                .isEqualTo(new DeliveryResult.Failed("no email address on file", true));
    }

    @Test
    void requiredStartTlsRefusesAServerThatDoesNotOfferIt() {
        SmtpEmailChannel strict = new SmtpEmailChannel(EmailFixtures.settings(GREEN_MAIL.getSmtp().getPort())
                .withStartTls(SmtpSettings.StartTls.REQUIRED), contacts, new MustacheTemplates(EmailFixtures.BRANDING),
                null, CLOCK);

        DeliveryResult result = strict.deliver(delivery(UUID.randomUUID().toString(), "event", false));

        assertThat(result).isInstanceOfSatisfying(DeliveryResult.Failed.class, f -> {
            assertThat(f.permanent()).isFalse();
            assertThat(f.reason()).startsWith("SMTP unavailable").containsIgnoringCase("STARTTLS");
        });
        assertThat(GREEN_MAIL.getReceivedMessages()).isEmpty();
    }
}
