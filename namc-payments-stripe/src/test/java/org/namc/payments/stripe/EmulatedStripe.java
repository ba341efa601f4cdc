package org.namc.payments.stripe;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import org.namc.testing.inmemory.InMemoryPaymentGateway;

/**
 * One WireMock server for the suites that run through the adapter: the {@link StripeEmulator}
 * answers every request, kept by the in-memory gateway of the test at hand.
 */
final class EmulatedStripe {
    private static final StripeEmulator EMULATOR = new StripeEmulator();
    private static final WireMockServer SERVER = start();

    private EmulatedStripe() {
    }

    private static WireMockServer start() {
        WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort()
                .notifier(new Slf4jNotifier(false)).extensions(EMULATOR));
        server.start();
        server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(500)));
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        return server;
    }

    /** A Stripe adapter whose API is kept by {@code backing} (no SDK retries: the tests decide on repeats). */
    static StripeGateway gatewayKeptBy(InMemoryPaymentGateway backing) {
        EMULATOR.keptBy(backing);
        return StripeGateway.builder().secretKey(StripeApiStandIn.SECRET_KEY).apiBase(SERVER.baseUrl())
                .maxNetworkRetries(0).build();
    }
}
