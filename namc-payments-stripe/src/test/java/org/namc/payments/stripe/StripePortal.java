package org.namc.payments.stripe;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.namc.payments.stripe.StripeApiStandIn.charge;
import static org.namc.payments.stripe.StripeApiStandIn.json;
import static org.namc.payments.stripe.StripeApiStandIn.paymentIntent;
import static org.namc.testing.data.MemberBuilder.aMember;

import java.math.BigDecimal;
import java.time.Instant;
import org.namc.NamcPortal;
import org.namc.billing.PaymentOutcome;
import org.namc.billing.PurchaseItem;
import org.namc.billing.SetPaymentMethod;
import org.namc.billing.domain.ItemRef;
import org.namc.billing.domain.PaymentStatus;
import org.namc.billing.domain.PurchasableItem;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Money;
import org.namc.shared.domain.PageRequest;
import org.namc.testing.MutableClock;
import org.namc.testing.SequentialIds;
import org.namc.testing.inmemory.InMemoryAdapters;
import org.namc.testing.inmemory.InMemoryGatewayEvents;

/**
 * A portal on in-memory stores whose payment gateway is the Stripe adapter talking to the
 * stand-in, with the webhook inbox a host would expose. {@link #buyGala} leaves a payment waiting
 * for 3-D Secure as PaymentIntent {@value #INTENT}, which Stripe (the stand-in) now reports succeeded.
 */
final class StripePortal {
    static final String SIGNING_SECRET = "whsec_NamcStandInSigningSecret0123456789";
    static final String INTENT = "pi_3W1";
    static final ItemRef GALA = ItemRef.event("annual-gala-2026");

    final MutableClock clock = MutableClock.at("2026-01-15T17:00:00Z");
    final InMemoryAdapters adapters = new InMemoryAdapters(clock, new SequentialIds());
    final InMemoryGatewayEvents events = new InMemoryGatewayEvents();
    final NamcPortal portal;
    final StripeWebhookInbox inbox;
    final MemberId ana;

    StripePortal(StripeApiStandIn stripe) {
        StripeGateway gateway = stripe.gateway(0);
        portal = adapters.applyStandInsTo(adapters.applyTo(NamcPortal.builder())).paymentGateway(gateway).build();
        portal.access().seedSystemRoles(Actor.system());
        inbox = StripeWebhookInbox.builder().signingSecret(SIGNING_SECRET).events(events).stripe(gateway)
                .billing(portal.billing()).clock(clock).build();
        ana = aMember().registerVerified(portal.membership());
        stripe.server.stubFor(post(urlPathEqualTo("/v1/customers"))
                .willReturn(json(200, StripeApiStandIn.customer("cus_T1", ana.toString()))));
        stripe.server.stubFor(get(urlPathEqualTo("/v1/customers/cus_T1"))
                .willReturn(json(200, StripeApiStandIn.customer("cus_T1", ana.toString()))));
        stripe.server.stubFor(post(urlPathEqualTo("/v1/payment_intents")).willReturn(json(200,
                paymentIntent(INTENT, "requires_action", 5000, "usd", "p1", null, null))));
        stripe.server.stubFor(get(urlPathEqualTo("/v1/payment_intents/" + INTENT)).willReturn(json(200,
                paymentIntent(INTENT, "succeeded", 5000, "usd", "p1", charge("ch_3W1", INTENT, 5000, "usd"), null))));
        portal.billing().setPaymentMethod(Actor.member(ana), new SetPaymentMethod(ana, "pm_card_visa"));
        adapters.purchasables().offer(new PurchasableItem(GALA, "Annual gala ticket", Money.of("50.00", "USD"),
                BigDecimal.ZERO));
    }

    PaymentOutcome.Pending buyGala() {
        return (PaymentOutcome.Pending) portal.billing().purchase(Actor.member(ana), new PurchaseItem(ana, GALA, null));
    }

    PaymentStatus paymentStatus() {
        return portal.billing().paymentsOf(Actor.system(), ana, PageRequest.first(5)).items().get(0).status();
    }

    long confirmations() {
        return adapters.auditEntries().recordsFor("payment.confirm").size();
    }

    boolean galaBooked() {
        return adapters.purchasables().booking(GALA, ana).map(b -> b.active()).orElse(false);
    }

    /** A {@code type} event of the PaymentIntent, as Stripe posts it. */
    static String intentEvent(String eventId, String type, String status) {
        return event(eventId, type, paymentIntent(INTENT, status, 5000, "usd", "p1", null, null));
    }

    static String event(String eventId, String type, String object) {
        return """
                {"id": "%s", "object": "event", "api_version": "2026-07-29.dahlia", "created": 1768496401,
                 "data": {"object": %s}, "livemode": false, "pending_webhooks": 1,
                 "request": {"id": "req_standin", "idempotency_key": null}, "type": "%s"}"""
                .formatted(eventId, object, type);
    }

    /** The {@code Stripe-Signature} header Stripe would send now, made by the SDK's own helper. */
    String signed(String body) {
        return signed(body, SIGNING_SECRET, clock.instant());
    }

    static String signed(String body, String secret, Instant at) {
        try {
            return com.stripe.net.Webhook.Signature.generateSignatureHeader(body, secret, at.getEpochSecond());
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
