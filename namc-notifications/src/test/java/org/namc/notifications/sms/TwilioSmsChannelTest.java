package org.namc.notifications.sms;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.namc.notifications.domain.Channel;
import org.namc.notifications.domain.ContactPoints;
import org.namc.notifications.domain.Delivery;
import org.namc.notifications.domain.DeliveryResult;
import org.namc.notifications.domain.Priority;
import org.namc.notifications.email.FixedContacts;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.PhoneNumber;
import org.namc.shared.domain.Secret;

class TwilioSmsChannelTest {
    static final String PATH = "/2010-04-01/Accounts/AC123/Messages.json";
    static final MemberId ANA = new MemberId(UUID.randomUUID());

    final WireMockServer provider = new WireMockServer(options().dynamicPort());
    TwilioSmsChannel channel;

    @BeforeEach
    void start() {
        provider.start();
        SmsSettings settings = SmsSettings.of(URI.create("http://localhost:" + provider.port()), "AC123",
                Secret.of("token-abc"), PhoneNumber.parse("+14155550000"), URI.create("https://portal.example/"),
                URI.create("https://portal.example/hooks/sms/status"));
        channel = new TwilioSmsChannel(settings, new FixedContacts().with(new ContactPoints(ANA, "Ana", null,
                PhoneNumber.parse("+14155551234"))), HttpClient.newHttpClient());
    }

    @AfterEach
    void stop() {
        provider.stop();
    }

    static Delivery delivery(String key) {
        return new Delivery(key, ANA, Channel.SMS, Priority.NORMAL, "Bid night moved", "Now Thursday 6pm.", null,
                "/events/42", List.of(), 1, "event", false, "View");
    }

    void answer(int status, String body) {
        provider.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body)));
    }

    @Test
    void postsTheFormWithBasicAuthAndReturnsTheProvidersSid() {
        answer(201, "{\"sid\": \"SM0123456789abcdef\", \"status\": \"queued\"}");
        String key = UUID.randomUUID().toString();

        assertThat(channel.deliver(delivery(key))).isEqualTo(new DeliveryResult.Delivered("SM0123456789abcdef"));
        provider.verify(postRequestedFor(urlEqualTo(PATH))
                .withBasicAuth(new com.github.tomakehurst.wiremock.client.BasicCredentials("AC123", "token-abc"))
                .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
                .withRequestBody(containing("To=%2B14155551234"))
                .withRequestBody(containing("From=%2B14155550000"))
                .withRequestBody(containing("Body=Bid+night+moved%3A+Now+Thursday+6pm.+https%3A%2F%2Fportal.example%2Fevents%2F42"))
                .withRequestBody(containing("StatusCallback=" + java.net.URLEncoder.encode(
                        "https://portal.example/hooks/sms/status?key=" + key, java.nio.charset.StandardCharsets.UTF_8))));
    }

    @Test
    void tooManyRequestsAndServerErrorsAreRetried() {
        answer(429, "{\"code\": 20429, \"message\": \"Too Many Requests\"}");
        assertThat(channel.deliver(delivery("k1"))).isInstanceOfSatisfying(DeliveryResult.Failed.class,
                f -> assertThat(f.permanent()).isFalse());
        answer(503, "{\"message\": \"Service Unavailable\"}");
        assertThat(channel.deliver(delivery("k1"))).isInstanceOfSatisfying(DeliveryResult.Failed.class,
                f -> assertThat(f.permanent()).isFalse());
    }

    @Test
    void anInvalidNumberIsUndeliverableAndOtherRefusalsArePermanent() {
        answer(400, "{\"code\": 21211, \"message\": \"The 'To' number +14155551234 is not a valid phone number.\","
                + " \"status\": 400}");
        assertThat(channel.deliver(delivery("k2"))).isInstanceOfSatisfying(DeliveryResult.AddressRejected.class, r -> {
            assertThat(r.address()).isEqualTo("+14155551234");
            assertThat(r.reason()).contains("21211");
        });
        answer(400, "{\"code\": 21610, \"message\": \"Attempt to send to unsubscribed recipient\"}");
        assertThat(channel.deliver(delivery("k3"))).isInstanceOfSatisfying(DeliveryResult.Failed.class, f -> {
            assertThat(f.permanent()).isTrue();
            assertThat(f.reason()).contains("21610").contains("unsubscribed recipient");
        });
    }

    @Test
    void aMemberWithoutANumberIsNotSentTo() {
        Delivery nobody = new Delivery("k", new MemberId(UUID.randomUUID()), Channel.SMS, Priority.NORMAL, "s", "b",
                null, null, List.of(), 1, "event", false, null);

        assertThat(channel.deliver(nobody)).isEqualTo(new DeliveryResult.Failed("no phone number on file", true));
        assertThat(provider.getAllServeEvents()).isEmpty();
    }
}
