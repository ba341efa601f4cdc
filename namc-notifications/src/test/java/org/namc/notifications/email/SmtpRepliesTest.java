package org.namc.notifications.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.namc.notifications.UnsubscribeTokens;
import org.namc.notifications.domain.Channel;
import org.namc.notifications.domain.ContactPoints;
import org.namc.notifications.domain.Delivery;
import org.namc.notifications.domain.DeliveryResult;
import org.namc.notifications.domain.Priority;
import org.namc.notifications.templates.MustacheTemplates;
import org.namc.shared.crypto.Keyring;
import org.namc.shared.domain.EmailAddress;
import org.namc.shared.domain.MemberId;

/** SMTP replies as a real server gives them, from {@link ScriptedSmtpServer}. */
class SmtpRepliesTest {
    static final MemberId ANA = new MemberId(UUID.randomUUID());
    static final MemberId GONE = new MemberId(UUID.randomUUID());

    final ScriptedSmtpServer server = newServer();
    final SmtpEmailChannel channel = new SmtpEmailChannel(EmailFixtures.settings(server.port()),
            new FixedContacts().with(new ContactPoints(ANA, "Ana", new EmailAddress("ana@example.com"), null))
                    .with(new ContactPoints(GONE, "Gone", new EmailAddress("gone@example.com"), null)),
            new MustacheTemplates(EmailFixtures.BRANDING),
            EmailFixtures.links(new UnsubscribeTokens(Keyring.generate("k1", new SecureRandom()))),
            SmtpEmailChannelTest.CLOCK);

    static ScriptedSmtpServer newServer() {
        try {
            return new ScriptedSmtpServer();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    static Delivery to(MemberId member, String key) {
        return new Delivery(key, member, Channel.EMAIL, Priority.NORMAL, "Reminder", "Tomorrow", null, null,
                List.of(), 1, "event", false, null);
    }

    @Test
    void a451IsRetriedAndTheRetryWithTheSameMessageIdIsAccepted() {
        server.answerDataWith("451 4.3.0 try again later");
        String key = UUID.randomUUID().toString();

        DeliveryResult first = channel.deliver(to(ANA, key));
        DeliveryResult second = channel.deliver(to(ANA, key));

        assertThat(first).isInstanceOfSatisfying(DeliveryResult.Failed.class, f -> {
            assertThat(f.permanent()).isFalse();
            assertThat(f.reason()).contains("451");
        });
        assertThat(second).isInstanceOf(DeliveryResult.Delivered.class);
        assertThat(server.accepted()).singleElement().asString().contains("Message-ID: <" + key + "@mail.namc.example>");
    }

    @Test
    void a550RecipientMarksTheAddressUndeliverable() {
        server.rejectRecipient("gone@example.com", "550 5.1.1 <gone@example.com>: no such user");

        assertThat(channel.deliver(to(GONE, UUID.randomUUID().toString())))
                .isInstanceOfSatisfying(DeliveryResult.AddressRejected.class, r -> {
                    assertThat(r.address()).isEqualTo("gone@example.com");
                    assertThat(r.reason()).startsWith("550").contains("no such user");
                });
        assertThat(server.accepted()).isEmpty();
    }

    @Test
    void a552MessageRefusalIsPermanentWithTheServersReason() {
        server.answerDataWith("552 5.3.4 message too big");

        assertThat(channel.deliver(to(ANA, UUID.randomUUID().toString())))
                .isInstanceOfSatisfying(DeliveryResult.Failed.class, f -> {
                    assertThat(f.permanent()).isTrue();
                    assertThat(f.reason()).contains("552").contains("message too big");
                });
    }

    @Test
    void aBatchSendsOverOneConnectionAndARejectedRecipientDoesNotBreakIt() {
        server.rejectRecipient("gone@example.com", "553 5.1.3 bad address");
        channel.beginBatch();
        try {
            channel.deliver(to(ANA, UUID.randomUUID().toString()));
            channel.deliver(to(GONE, UUID.randomUUID().toString()));
            channel.deliver(to(ANA, UUID.randomUUID().toString()));
        } finally {
            channel.endBatch();
        }

        assertThat(server.accepted()).hasSize(2);
        assertThat(server.connections()).isEqualTo(1);
    }

    @Test
    void withoutABatchEachMessageHasItsOwnConnection() {
        channel.deliver(to(ANA, UUID.randomUUID().toString()));
        channel.deliver(to(ANA, UUID.randomUUID().toString()));

        assertThat(server.connections()).isEqualTo(2);
    }
}
