package org.namc.notifications.push;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.namc.notifications.domain.Channel;
import org.namc.notifications.domain.Delivery;
import org.namc.notifications.domain.DeliveryResult;
import org.namc.notifications.domain.Priority;
import org.namc.notifications.domain.PushSubscription;
import org.namc.shared.domain.MemberId;
import org.namc.testing.inmemory.InMemoryPushSubscriptions;
import org.namc.testing.inmemory.InMemoryTransactions;

/** Web Push against a WireMock push service over HTTPS; the browser's side decrypts what it received. */
class WebPushChannelTest {
    static final MemberId ANA = new MemberId(UUID.randomUUID());
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-08T09:00:00Z"), ZoneOffset.UTC);

    final WireMockServer pushService = new WireMockServer(options().dynamicHttpsPort());
    final InMemoryPushSubscriptions subscriptions = new InMemoryPushSubscriptions(new InMemoryTransactions());
    final VapidKeys vapid = VapidKeys.generate(new SecureRandom());
    WebPushChannel channel;

    @BeforeEach
    void start() throws Exception {
        pushService.start();
        channel = new WebPushChannel(PushSettings.of(vapid, "mailto:ops@namc.example",
                URI.create("https://portal.namc.example/")), subscriptions, trustingTestCertificate(),
                new SecureRandom(), CLOCK);
    }

    @AfterEach
    void stop() {
        pushService.stop();
    }

    /** WireMock serves a self-signed certificate; only this test's client trusts it. */
    static HttpClient trustingTestCertificate() throws Exception {
        TrustManager trustAll = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, new TrustManager[] {trustAll}, new SecureRandom());
        SSLParameters parameters = new SSLParameters();
        parameters.setEndpointIdentificationAlgorithm("");
        return HttpClient.newBuilder().sslContext(tls).sslParameters(parameters).build();
    }

    PushSubscription subscribe(String path) {
        PushSubscription s = new PushSubscription(UUID.randomUUID(), ANA,
                URI.create("https://localhost:" + pushService.httpsPort() + path), PushEncryptionTest.UA_PUBLIC,
                PushEncryptionTest.AUTH, CLOCK.instant());
        subscriptions.save(s);
        return s;
    }

    void answer(String path, int status) {
        pushService.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(status)));
    }

    static Delivery delivery(String body, Priority priority) {
        return new Delivery("7d1c2a56-1111-4a4a-9e9e-000000000001", ANA, Channel.PUSH, priority, "Bid night moved",
                body, null, "/events/42", List.of(), 1, "event", false, "View");
    }

    @Test
    void sendsAnEncryptedSignedMessageWithTtlUrgencyAndTopic() throws Exception {
        subscribe("/push/1");
        answer("/push/1", 201);

        assertThat(channel.deliver(delivery("Now \"Thursday\" 6pm", Priority.URGENT)))
                .isInstanceOf(DeliveryResult.Delivered.class);

        LoggedRequest request = pushService.getAllServeEvents().get(0).getRequest();
        assertThat(request.getHeader("Content-Encoding")).isEqualTo("aes128gcm");
        assertThat(request.getHeader("TTL")).isEqualTo("86400");
        assertThat(request.getHeader("Urgency")).isEqualTo("high");
        assertThat(request.getHeader("Topic")).matches("[A-Za-z0-9_-]{32}")
                .isEqualTo(WebPushChannel.topic("7d1c2a56-1111-4a4a-9e9e-000000000001"));
        assertThat(request.getHeader("Authorization")).startsWith("vapid t=").endsWith(", k=" + vapid.publicKeyBase64Url());
        String json = BrowserSide.decrypt(request.getBody(), Base64.getUrlDecoder().decode(PushEncryptionTest.UA_PRIVATE),
                Base64.getUrlDecoder().decode(PushEncryptionTest.UA_PUBLIC),
                Base64.getUrlDecoder().decode(PushEncryptionTest.AUTH));
        assertThat(json).isEqualTo("{\"title\":\"Bid night moved\",\"body\":\"Now \\\"Thursday\\\" 6pm\","
                + "\"url\":\"https://portal.namc.example/events/42\"}");
    }

    @Test
    void aLongBodyIsCutSoTheMessageStaysWithin4Kb() throws Exception {
        subscribe("/push/1");
        answer("/push/1", 201);

        channel.deliver(delivery("ñ".repeat(5000), Priority.LOW));

        LoggedRequest request = pushService.getAllServeEvents().get(0).getRequest();
        assertThat(request.getBody().length).isLessThanOrEqualTo(4096);
        assertThat(request.getHeader("Urgency")).isEqualTo("low");
        assertThat(BrowserSide.decrypt(request.getBody(), Base64.getUrlDecoder().decode(PushEncryptionTest.UA_PRIVATE),
                Base64.getUrlDecoder().decode(PushEncryptionTest.UA_PUBLIC),
                Base64.getUrlDecoder().decode(PushEncryptionTest.AUTH))).contains("ññ…\",\"url\"");
    }

    @Test
    void aGoneSubscriptionIsRemovedAndTheOthersStillReceive() {
        PushSubscription gone = subscribe("/push/gone");
        subscribe("/push/live");
        answer("/push/gone", 410);
        answer("/push/live", 201);

        assertThat(channel.deliver(delivery("x", Priority.NORMAL))).isEqualTo(new DeliveryResult.Delivered("1 of 2 browsers"));
        assertThat(subscriptions.forMember(ANA)).extracting(PushSubscription::endpoint).doesNotContain(gone.endpoint())
                .hasSize(1);
    }

    @Test
    void whenEveryBrowserIsGoneTheDeliveryFailsForGood() {
        subscribe("/push/a");
        answer("/push/a", 404);

        assertThat(channel.deliver(delivery("x", Priority.NORMAL)))
                .isEqualTo(new DeliveryResult.Failed("every push subscription has expired", true));
        assertThat(subscriptions.forMember(ANA)).isEmpty();
    }

    @Test
    void aBusyPushServiceIsRetried() {
        subscribe("/push/a");
        answer("/push/a", 429);

        assertThat(channel.deliver(delivery("x", Priority.NORMAL))).isInstanceOfSatisfying(DeliveryResult.Failed.class,
                f -> assertThat(f.permanent()).isFalse());
        assertThat(subscriptions.forMember(ANA)).hasSize(1);
    }
}
