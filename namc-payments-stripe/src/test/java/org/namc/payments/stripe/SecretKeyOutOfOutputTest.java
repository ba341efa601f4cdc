package org.namc.payments.stripe;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.payments.stripe.StripeApiStandIn.json;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.namc.billing.PaymentOutcome;
import org.namc.billing.PurchaseItem;
import org.namc.shared.domain.Actor;

/**
 * Whatever goes wrong, the secret key never reaches the output: not stdout, not stderr, not a
 * record of the portal's or the SDK's loggers at any level, not an exception or a result. Stripe
 * itself echoes a rejected key in its error message; the adapter answers that with a fixed text.
 * (The JDK's own HTTP debug logging, {@code sun.net.www.protocol.http} at FINE, prints every
 * request header of every client; it is off unless a host turns it on, see the README.)
 */
class SecretKeyOutOfOutputTest {

    @Test
    void noOutputLogRecordExceptionOrResultHoldsTheSecretKey() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        List<String> logged = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record.getMessage() + " " + record.getParameters() + " " + record.getThrown());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        Logger portal = Logger.getLogger("org.namc");
        Logger sdk = Logger.getLogger("com.stripe");
        List<String> seen = new ArrayList<>();
        try (StripeApiStandIn stripe = new StripeApiStandIn()) {
            PrintStream both = new PrintStream(out, true, StandardCharsets.UTF_8);
            System.setOut(both);
            System.setErr(both);
            portal.setLevel(Level.ALL);
            sdk.setLevel(Level.ALL);
            root.addHandler(capture);

            StripePortal shop = new StripePortal(stripe);
            stripe.server.stubFor(post(anyUrl()).atPriority(1).willReturn(json(401, """
                    {"error": {"type": "invalid_request_error", "message": "Invalid API Key provided: %s"}}"""
                    .formatted(StripeApiStandIn.SECRET_KEY))));
            PaymentOutcome outcome = shop.portal.billing().purchase(Actor.member(shop.ana),
                    new PurchaseItem(shop.ana, StripePortal.GALA, null));
            seen.add(String.valueOf(outcome));
            seen.add(shop.inbox.toString());
            seen.add(StripeGateway.builder().secretKey(StripeApiStandIn.SECRET_KEY).toString());
        } catch (RuntimeException failure) {
            seen.add(failure.toString());
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
            root.removeHandler(capture);
            portal.setLevel(null);
            sdk.setLevel(null);
        }

        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain(StripeApiStandIn.SECRET_KEY)
                .doesNotContain("sk_test_51");
        assertThat(logged).noneMatch(line -> line.contains("sk_test_51"));
        assertThat(seen).isNotEmpty().noneMatch(text -> text.contains("sk_test_51"));
    }
}
