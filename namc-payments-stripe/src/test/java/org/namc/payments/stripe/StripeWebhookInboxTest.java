package org.namc.payments.stripe;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.payments.stripe.StripeApiStandIn.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.namc.billing.domain.GatewayEvent;
import org.namc.billing.domain.PaymentStatus;
import org.namc.shared.domain.Actor;
import org.namc.testing.contract.Concurrently;

/** The webhook inbox on a portal charging through the Stripe adapter, with events signed by the SDK's helper. */
class StripeWebhookInboxTest {
    private final StripeApiStandIn stripe = new StripeApiStandIn();

    @AfterEach
    void stop() {
        stripe.close();
    }

    @Test
    void aForgedStaleOrMalformedDeliveryIsRejectedWithItsReasonAndRecordsNothing() {
        StripePortal shop = new StripePortal(stripe);
        String body = StripePortal.intentEvent("evt_1", "payment_intent.succeeded", "succeeded");
        String header = shop.signed(body);
        var now = shop.clock.instant();

        Map<String, WebhookResult> results = Map.of(
                "one byte changed", shop.inbox.handle(body.replace("\"livemode\": false", "\"livemode\": falsE"), header),
                "wrong secret", shop.inbox.handle(body, StripePortal.signed(body, "whsec_wrong", now)),
                "301 s old", shop.inbox.handle(body, StripePortal.signed(body, StripePortal.SIGNING_SECRET,
                        now.minusSeconds(301))),
                "301 s ahead", shop.inbox.handle(body, StripePortal.signed(body, StripePortal.SIGNING_SECRET,
                        now.plusSeconds(301))),
                "no v1", shop.inbox.handle(body, header.replace("v1=", "v0=")),
                "t=abc", shop.inbox.handle(body, header.replaceFirst("t=\\d+", "t=abc")),
                "garbage", shop.inbox.handle(body, "garbage"));

        assertThat(results).containsEntry("one byte changed", rejected(WebhookResult.Reason.SIGNATURE_MISMATCH))
                .containsEntry("wrong secret", rejected(WebhookResult.Reason.SIGNATURE_MISMATCH))
                .containsEntry("301 s old", rejected(WebhookResult.Reason.TIMESTAMP_OUT_OF_TOLERANCE))
                .containsEntry("301 s ahead", rejected(WebhookResult.Reason.TIMESTAMP_OUT_OF_TOLERANCE))
                .containsEntry("no v1", rejected(WebhookResult.Reason.NO_SIGNATURE))
                .containsEntry("t=abc", rejected(WebhookResult.Reason.MALFORMED_HEADER))
                .containsEntry("garbage", rejected(WebhookResult.Reason.MALFORMED_HEADER));
        assertThat(shop.inbox.handle(body, null)).isEqualTo(rejected(WebhookResult.Reason.MALFORMED_HEADER));
        assertThat(shop.events.find("evt_1")).isEmpty();
        assertThat(shop.inbox.handle(body, StripePortal.signed(body, StripePortal.SIGNING_SECRET,
                now.minusSeconds(299)))).isNotInstanceOf(WebhookResult.Rejected.class);
    }

    @Test
    void anEventDeliveredOneToFiveTimesHasOneEffect() {
        for (int deliveries = 1; deliveries <= 5; deliveries++) {
            StripePortal shop = new StripePortal(stripe);
            shop.buyGala();
            String body = StripePortal.intentEvent("evt_dup", "payment_intent.succeeded", "succeeded");
            List<WebhookResult> results = new ArrayList<>();
            for (int i = 0; i < deliveries; i++) {
                results.add(shop.inbox.handle(body, shop.signed(body)));
            }

            assertThat(results.get(0)).isInstanceOf(WebhookResult.Accepted.class);
            assertThat(results.subList(1, deliveries)).allSatisfy(r -> assertThat(r)
                    .isEqualTo(new WebhookResult.Duplicate("evt_dup")));
            assertThat(shop.confirmations()).isEqualTo(1);
            assertThat(shop.paymentStatus()).isEqualTo(PaymentStatus.SUCCEEDED);
            assertThat(shop.galaBooked()).isTrue();
        }
    }

    @Test
    void tenDeliveriesAtOnceHaveOneEffect() throws Exception {
        StripePortal shop = new StripePortal(stripe);
        shop.buyGala();
        String body = StripePortal.intentEvent("evt_burst", "payment_intent.succeeded", "succeeded");
        String header = shop.signed(body);

        List<WebhookResult> results = Concurrently.run(10, () -> shop.inbox.handle(body, header));

        assertThat(results).filteredOn(r -> r instanceof WebhookResult.Accepted).hasSize(1);
        assertThat(results).filteredOn(r -> r instanceof WebhookResult.Duplicate).hasSize(9);
        assertThat(shop.confirmations()).isEqualTo(1);
        assertThat(shop.paymentStatus()).isEqualTo(PaymentStatus.SUCCEEDED);
    }

    @Test
    void everyOrderOfFiveEventsOfOnePaymentEndsInTheSameState() {
        List<String> bodies = List.of(
                StripePortal.intentEvent("evt_a", "payment_intent.processing", "processing"),
                StripePortal.intentEvent("evt_b", "payment_intent.requires_action", "requires_action"),
                StripePortal.intentEvent("evt_c", "payment_intent.payment_failed", "requires_payment_method"),
                StripePortal.intentEvent("evt_d", "payment_intent.succeeded", "succeeded"),
                StripePortal.event("evt_e", "charge.refunded",
                        StripeApiStandIn.charge("ch_3W1", StripePortal.INTENT, 5000, "usd")));
        List<List<Integer>> orders = permutations(List.of(0, 1, 2, 3, 4));
        assertThat(orders).hasSize(120);

        for (List<Integer> order : orders) {
            StripePortal shop = new StripePortal(stripe);
            shop.buyGala();
            for (int index : order) {
                String body = bodies.get(index);
                assertThat(shop.inbox.handle(body, shop.signed(body))).isNotInstanceOf(WebhookResult.Failed.class);
            }
            assertThat(shop.paymentStatus()).as("order %s", order).isEqualTo(PaymentStatus.SUCCEEDED);
            assertThat(shop.galaBooked()).as("order %s", order).isTrue();
        }
    }

    @Test
    void aFailedEventIsKeptWithItsAttemptsAndErrorAndReplayedLater() {
        StripePortal shop = new StripePortal(stripe);
        String body = StripePortal.intentEvent("evt_early", "payment_intent.succeeded", "succeeded");

        // Stripe's word arrives before the portal recorded the PaymentIntent's id.
        assertThat(shop.inbox.handle(body, shop.signed(body))).isInstanceOf(WebhookResult.Failed.class);
        assertThat(shop.inbox.handle(body, shop.signed(body))).isInstanceOf(WebhookResult.Failed.class);
        assertThat(shop.events.find("evt_early")).hasValueSatisfying(e -> {
            assertThat(e.status()).isEqualTo(GatewayEvent.Status.FAILED);
            assertThat(e.attempts()).isEqualTo(2);
            assertThat(e.lastError()).startsWith("NOT_FOUND");
        });
        shop.buyGala();

        assertThat(shop.inbox.replayFailed(10)).containsExactly(
                new WebhookResult.Accepted("evt_early", "payment_intent.succeeded"));
        assertThat(shop.paymentStatus()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(shop.inbox.replayFailed(10)).isEmpty();
    }

    @Test
    void aSavedCardBecomesTheDefaultMethodAndUnhandledTypesAreRecordedAsIgnored() {
        StripePortal shop = new StripePortal(stripe);
        stripe.server.stubFor(get(urlPathEqualTo("/v1/setup_intents/seti_1")).willReturn(json(200, """
                {"id": "seti_1", "object": "setup_intent", "client_secret": "seti_1_secret_Q0aZ", "created": 1768496400,
                 "customer": "cus_T1", "livemode": false, "metadata": {}, "next_action": null,
                 "payment_method": "pm_1SavedCard", "payment_method_types": ["card"], "status": "succeeded",
                 "usage": "off_session"}""")));
        String saved = StripePortal.event("evt_setup", "setup_intent.succeeded",
                "{\"id\": \"seti_1\", \"object\": \"setup_intent\", \"status\": \"succeeded\"}");
        String dispute = StripePortal.event("evt_dispute", "charge.dispute.created",
                "{\"id\": \"dp_1\", \"object\": \"dispute\", \"amount\": 5000, \"charge\": \"ch_3W1\"}");

        assertThat(shop.inbox.handle(saved, shop.signed(saved))).isInstanceOf(WebhookResult.Accepted.class);
        assertThat(shop.portal.billing().billingAccount(Actor.member(shop.ana), shop.ana))
                .hasValueSatisfying(a -> assertThat(a.paymentMethodHint()).isEqualTo("…Card"));
        assertThat(shop.inbox.handle(dispute, shop.signed(dispute))).isEqualTo(
                new WebhookResult.Ignored("evt_dispute", "charge.dispute.created"));
        assertThat(shop.events.find("evt_dispute")).hasValueSatisfying(e -> assertThat(e.status())
                .isEqualTo(GatewayEvent.Status.IGNORED));
    }

    private static WebhookResult rejected(WebhookResult.Reason reason) {
        return new WebhookResult.Rejected(reason);
    }

    private static List<List<Integer>> permutations(List<Integer> items) {
        if (items.isEmpty()) {
            return List.of(List.of());
        }
        List<List<Integer>> all = new ArrayList<>();
        for (Integer first : items) {
            List<Integer> rest = new ArrayList<>(items);
            rest.remove(first);
            for (List<Integer> tail : permutations(rest)) {
                List<Integer> order = new ArrayList<>();
                order.add(first);
                order.addAll(tail);
                all.add(order);
            }
        }
        return all;
    }
}
