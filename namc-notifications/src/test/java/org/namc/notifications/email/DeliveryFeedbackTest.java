package org.namc.notifications.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.namc.testing.data.MemberBuilder.aMember;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.namc.NamcPortal;
import org.namc.notifications.DeliveryEvent;
import org.namc.notifications.NotificationsApi;
import org.namc.notifications.NotifyMember;
import org.namc.notifications.NotifyResult;
import org.namc.notifications.UnsubscribeResult;
import org.namc.notifications.UnsubscribeTokens;
import org.namc.notifications.domain.Channel;
import org.namc.notifications.domain.ChannelDecision;
import org.namc.notifications.domain.ContactPoints;
import org.namc.notifications.domain.DeliveryState;
import org.namc.notifications.domain.NotificationType;
import org.namc.notifications.templates.MustacheTemplates;
import org.namc.shared.crypto.Keyring;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.EmailAddress;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.NamcException;
import org.namc.testing.MutableClock;
import org.namc.testing.SequentialIds;
import org.namc.testing.inmemory.InMemoryAdapters;

/**
 * What comes back after sending, end to end through the portal with the SMTP channel on a real
 * server: the one-click unsubscribe of a received message, a rejected recipient, provider events.
 */
class DeliveryFeedbackTest {
    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    final MutableClock clock = MutableClock.at("2026-12-08T17:00:00Z");
    final UnsubscribeTokens tokens = new UnsubscribeTokens(Keyring.generate("unsub-1", new SecureRandom()));
    final FixedContacts contacts = new FixedContacts();
    NotificationsApi notifications;
    MemberId ana;

    NamcPortal portal(int smtpPort) {
        InMemoryAdapters adapters = new InMemoryAdapters(clock, new SequentialIds());
        NamcPortal portal = adapters.applyTo(NamcPortal.builder())
                .memberContacts(contacts)
                .unsubscribeTokens(tokens)
                .notificationChannel(new SmtpEmailChannel(EmailFixtures.settings(smtpPort), contacts,
                        new MustacheTemplates(EmailFixtures.BRANDING), EmailFixtures.links(tokens), clock))
                .build();
        portal.access().seedSystemRoles(Actor.system());
        return portal;
    }

    @BeforeEach
    void start() {
        NamcPortal portal = portal(GREEN_MAIL.getSmtp().getPort());
        notifications = portal.notifications();
        ana = aMember().withEmail("ana@example.com").named("Ana", "Ruiz").registerVerified(portal.membership());
        contacts.with(new ContactPoints(ana, "Ana Ruiz", new EmailAddress("ana@example.com"), null));
    }

    NotifyResult eventNews(String title) {
        return notifications.notify(Actor.system(), NotifyMember.of(ana, NotificationType.EVENT, title, "Details")
                .on(Channel.EMAIL).inCategory("event"));
    }

    @Test
    void theListUnsubscribeLinkOfAReceivedMessageTurnsThatCategorysEmailOff() throws Exception {
        eventNews("Bid night moved");
        notifications.dispatch(Actor.system());
        MimeMessage received = GREEN_MAIL.getReceivedMessages()[0];
        String header = received.getHeader("List-Unsubscribe")[0];
        String token = URLDecoder.decode(header.substring(header.indexOf("token=") + 6, header.indexOf('>')),
                StandardCharsets.UTF_8);

        // The mail client POSTs List-Unsubscribe=One-Click to the link; the host hands the token over.
        UnsubscribeResult result = notifications.unsubscribe(Actor.anonymous(), token);

        assertThat(result).isEqualTo(new UnsubscribeResult.Unsubscribed(ana, "event"));
        assertThat(notifications.preferences(Actor.member(ana), ana).accepts(Channel.EMAIL, "event")).isFalse();
        assertThat(notifications.preferences(Actor.member(ana), ana).accepts(Channel.EMAIL, "payment")).isTrue();
        NotifyResult.Queued next = (NotifyResult.Queued) eventNews("Another change");
        assertThat(next.plan().on(Channel.EMAIL)).get().isInstanceOf(ChannelDecision.Skip.class);
        notifications.dispatch(Actor.system());
        assertThat(GREEN_MAIL.getReceivedMessages()).hasSize(1);
    }

    @Test
    void securityAlertsCannotBeUnsubscribedAndForgedTokensAreRefused() {
        assertThat(notifications.unsubscribe(Actor.anonymous(), tokens.issue(ana, "security")))
                .isInstanceOf(UnsubscribeResult.Refused.class);
        String genuine = tokens.issue(ana, "event");
        String forged = genuine.substring(0, genuine.lastIndexOf('.') + 1) + "AAAA" + genuine.substring(
                genuine.lastIndexOf('.') + 5);
        String otherKey = new UnsubscribeTokens(Keyring.generate("unsub-1", new SecureRandom())).issue(ana, "event");

        for (String bad : new String[] {forged, otherKey, "u1.unsub-1.x.y", "garbage"}) {
            assertThatThrownBy(() -> notifications.unsubscribe(Actor.anonymous(), bad))
                    .isInstanceOfSatisfying(NamcException.class, e -> assertThat(e.code())
                            .isEqualTo(ErrorCode.INVALID_TOKEN));
        }
        assertThat(notifications.preferences(Actor.member(ana), ana).accepts(Channel.EMAIL, "event")).isTrue();
    }

    @Test
    void aRejectedRecipientStopsEmailUntilTheAddressChanges() throws Exception {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer()) {
            server.rejectRecipient("ana@example.com", "550 5.1.1 no such user");
            NamcPortal portal = portal(server.port());
            NotificationsApi api = portal.notifications();
            MemberId bo = aMember().withEmail("bo@example.com").named("Bo", "Lee").registerVerified(portal.membership());
            contacts.with(new ContactPoints(bo, "Bo Lee", new EmailAddress("ana@example.com"), null));
            NotifyMember news = NotifyMember.of(bo, NotificationType.EVENT, "News", "Details").on(Channel.EMAIL);

            NotifyResult.Queued first = (NotifyResult.Queued) api.notify(Actor.system(), news);
            api.dispatch(Actor.system());

            assertThat(api.find(Actor.system(), first.id()).deliveries().get(Channel.EMAIL).state())
                    .isEqualTo(DeliveryState.FAILED);
            assertThat(api.plan(Actor.system(), news).on(Channel.EMAIL)).get()
                    .isInstanceOfSatisfying(ChannelDecision.Skip.class, s -> assertThat(s.reason())
                            .contains("undeliverable"));
            assertThat(api.plan(Actor.system(), news.withPriority(org.namc.notifications.domain.Priority.URGENT))
                    .on(Channel.EMAIL)).get().isInstanceOf(ChannelDecision.Skip.class);

            contacts.with(new ContactPoints(bo, "Bo Lee", new EmailAddress("bo@example.com"), null));
            assertThat(api.plan(Actor.system(), news).on(Channel.EMAIL)).get().isInstanceOf(ChannelDecision.Send.class);
        }
    }

    @Test
    void aHardBounceOrComplaintReportedByTheProviderStopsTheAddressAndASoftBounceDoesNot() throws Exception {
        NotifyResult.Queued sent = (NotifyResult.Queued) eventNews("Bid night moved");
        notifications.dispatch(Actor.system());
        String messageId = GREEN_MAIL.getReceivedMessages()[0].getMessageID();
        String key = messageId.substring(1, messageId.indexOf('@'));
        Instant at = clock.instant();

        notifications.recordDeliveryEvent(Actor.system(), new DeliveryEvent(Channel.EMAIL,
                DeliveryEvent.Kind.SOFT_BOUNCE, key, "ana@example.com", "mailbox full", at));
        assertThat(notifications.plan(Actor.system(), NotifyMember.of(ana, NotificationType.EVENT, "t", "m")
                .on(Channel.EMAIL)).on(Channel.EMAIL)).get().isInstanceOf(ChannelDecision.Send.class);

        notifications.recordDeliveryEvent(Actor.system(), new DeliveryEvent(Channel.EMAIL,
                DeliveryEvent.Kind.HARD_BOUNCE, key, "ana@example.com", "5.1.1 user unknown", at));

        assertThat(notifications.find(Actor.system(), sent.id()).deliveries().get(Channel.EMAIL))
                .satisfies(d -> {
                    assertThat(d.state()).isEqualTo(DeliveryState.FAILED);
                    assertThat(d.detail()).isEqualTo("hard bounce: 5.1.1 user unknown");
                });
        assertThat(notifications.plan(Actor.system(), NotifyMember.of(ana, NotificationType.EVENT, "t", "m")
                .on(Channel.EMAIL)).on(Channel.EMAIL)).get().isInstanceOf(ChannelDecision.Skip.class);
        assertThatThrownBy(() -> notifications.recordDeliveryEvent(Actor.member(ana), new DeliveryEvent(Channel.EMAIL,
                DeliveryEvent.Kind.DELIVERED, key, "ana@example.com", null, at)))
                .isInstanceOfSatisfying(NamcException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN));
        assertThatThrownBy(() -> notifications.recordDeliveryEvent(Actor.system(), new DeliveryEvent(Channel.SMS,
                DeliveryEvent.Kind.COMPLAINT, key, "ana@example.com", null, at)))
                .isInstanceOfSatisfying(NamcException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
    }
}
