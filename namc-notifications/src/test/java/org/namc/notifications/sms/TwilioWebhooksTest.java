package org.namc.notifications.sms;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.namc.testing.data.MemberBuilder.aMember;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.namc.NamcPortal;
import org.namc.notifications.NotificationsApi;
import org.namc.notifications.NotifyMember;
import org.namc.notifications.NotifyResult;
import org.namc.notifications.domain.Channel;
import org.namc.notifications.domain.ChannelDecision;
import org.namc.notifications.domain.ContactPoints;
import org.namc.notifications.domain.DeliveryState;
import org.namc.notifications.domain.NotificationType;
import org.namc.notifications.email.FixedContacts;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.EmailAddress;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.NamcException;
import org.namc.shared.domain.PhoneNumber;
import org.namc.shared.domain.Secret;
import org.namc.testing.MutableClock;
import org.namc.testing.SequentialIds;
import org.namc.testing.inmemory.InMemoryAdapters;

/** The SMS webhooks a host exposes, through the portal, with the channel sending to a WireMock provider. */
class TwilioWebhooksTest {
    static final String TOKEN = "token-abc";
    static final String INBOUND = "https://portal.example/hooks/sms/inbound";
    static final String STATUS = "https://portal.example/hooks/sms/status";
    static final String PHONE = "+14155551234";

    final MutableClock clock = MutableClock.at("2026-12-08T17:00:00Z");
    final WireMockServer provider = new WireMockServer(options().dynamicPort());
    final FixedContacts contacts = new FixedContacts();
    NotificationsApi notifications;
    TwilioWebhooks webhooks;
    MemberId ana;

    @BeforeEach
    void start() {
        provider.start();
        provider.stubFor(post(urlEqualTo("/2010-04-01/Accounts/AC123/Messages.json")).willReturn(aResponse()
                .withStatus(201).withBody("{\"sid\": \"SM1\"}")));
        SmsSettings settings = SmsSettings.of(URI.create("http://localhost:" + provider.port()), "AC123",
                Secret.of(TOKEN), PhoneNumber.parse("+14155550000"), URI.create("https://portal.example/"),
                URI.create(STATUS));
        NamcPortal portal = new InMemoryAdapters(clock, new SequentialIds()).applyTo(NamcPortal.builder())
                .memberContacts(contacts)
                .notificationChannel(new TwilioSmsChannel(settings, contacts, HttpClient.newHttpClient()))
                .build();
        portal.access().seedSystemRoles(Actor.system());
        notifications = portal.notifications();
        webhooks = new TwilioWebhooks(notifications, Secret.of(TOKEN), clock);
        ana = aMember().withEmail("ana@example.com").registerVerified(portal.membership());
        contacts.with(new ContactPoints(ana, "Ana", new EmailAddress("ana@example.com"), PhoneNumber.parse(PHONE)));
    }

    @AfterEach
    void stop() {
        provider.stop();
    }

    String text(String body) {
        Map<String, String> params = Map.of("From", PHONE, "To", "+14155550000", "Body", body, "MessageSid", "SM9");
        return webhooks.inbound(INBOUND, params, TwilioSignature.sign(TOKEN, INBOUND, params));
    }

    boolean smsOn() {
        return notifications.preferences(Actor.member(ana), ana).accepts(Channel.SMS, "event");
    }

    @Test
    void startStopAndHelpSwitchTheMembersSmsAndAreAnswered() {
        assertThat(smsOn()).isFalse();

        assertThat(text("start")).contains("<Message>You are subscribed");
        assertThat(smsOn()).isTrue();
        assertThat(text(" STOP ")).contains("<Message>You are unsubscribed");
        assertThat(smsOn()).isFalse();
        assertThat(text("HELP")).contains("Reply STOP to unsubscribe").contains("Msg &amp; data rates may apply");
        assertThat(text("Please stop texting me")).isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>");
        assertThat(smsOn()).isFalse();
    }

    @Test
    void anUnsignedOrWronglySignedRequestChangesNothing() {
        Map<String, String> params = Map.of("From", PHONE, "Body", "START");

        assertThatThrownBy(() -> webhooks.inbound(INBOUND, params, null))
                .isInstanceOfSatisfying(NamcException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN));
        assertThatThrownBy(() -> webhooks.inbound(INBOUND, params, TwilioSignature.sign("other", INBOUND, params)))
                .isInstanceOf(NamcException.class);
        assertThat(smsOn()).isFalse();
    }

    @Test
    void statusCallbacksUpdateTheDeliveryAndAnUnreachableHandsetStopsSms() {
        text("START");
        NotifyMember news = NotifyMember.of(ana, NotificationType.EVENT, "Bid night", "Thursday").on(Channel.SMS);
        NotifyResult.Queued sent = (NotifyResult.Queued) notifications.notify(Actor.system(), news);
        notifications.dispatch(Actor.system());
        String callbackBody = provider.getAllServeEvents().get(0).getRequest().getBodyAsString();
        String callback = java.net.URLDecoder.decode(callbackBody.substring(callbackBody.indexOf("StatusCallback=") + 15),
                java.nio.charset.StandardCharsets.UTF_8);

        Map<String, String> delivered = Map.of("MessageSid", "SM1", "MessageStatus", "delivered", "To", PHONE);
        webhooks.status(callback, delivered, TwilioSignature.sign(TOKEN, callback, delivered));
        assertThat(notifications.find(Actor.system(), sent.id()).deliveries().get(Channel.SMS).detail())
                .isEqualTo("delivered: delivered");

        Map<String, String> undelivered = Map.of("MessageSid", "SM1", "MessageStatus", "undelivered", "To", PHONE,
                "ErrorCode", "30003");
        webhooks.status(callback, undelivered, TwilioSignature.sign(TOKEN, callback, undelivered));

        assertThat(notifications.find(Actor.system(), sent.id()).deliveries().get(Channel.SMS).state())
                .isEqualTo(DeliveryState.FAILED);
        assertThat(notifications.plan(Actor.system(), news).on(Channel.SMS)).get()
                .isInstanceOf(ChannelDecision.Skip.class);
    }
}
