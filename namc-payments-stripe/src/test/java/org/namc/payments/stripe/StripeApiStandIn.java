package org.namc.payments.stripe;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

/**
 * The Stripe API in the JVM: a WireMock server on a free port, with bodies shaped as Stripe
 * answers at the API version the SDK pins (2026-07-29.dahlia): objects carry {@code object},
 * amounts are integers in minor units, {@code latest_charge} is an id unless expanded.
 */
final class StripeApiStandIn implements AutoCloseable {
    static final String SECRET_KEY = "sk_test_51NamcStandInSecretKeyNeverLoggedQ0aZ";

    final WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort()
            .notifier(new com.github.tomakehurst.wiremock.common.Slf4jNotifier(false)));

    StripeApiStandIn() {
        server.start();
    }

    String url() {
        return server.baseUrl();
    }

    StripeGateway gateway(int retries) {
        return StripeGateway.builder().secretKey(SECRET_KEY).apiBase(url()).maxNetworkRetries(retries).build();
    }

    static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withHeader("Request-Id", "req_standin").withBody(body);
    }

    static String customer(String id, String member) {
        return """
                {"id": "%s", "object": "customer", "address": null, "balance": 0, "created": 1768496400,
                 "currency": null, "default_source": null, "delinquent": false, "description": null,
                 "email": "ana@example.org", "invoice_prefix": "NAMC0001", "livemode": false,
                 "metadata": {"namc_member": "%s"}, "name": "Ana Lopez", "phone": null,
                 "preferred_locales": [], "shipping": null, "tax_exempt": "none"}""".formatted(id, member);
    }

    static String charge(String id, String paymentIntent, long amount, String currency) {
        return """
                {"id": "%s", "object": "charge", "amount": %d, "amount_captured": %d, "amount_refunded": 0,
                 "captured": true, "created": 1768496400, "currency": "%s", "customer": "cus_T1",
                 "livemode": false, "paid": true, "payment_intent": "%s", "payment_method": "pm_card_visa",
                 "receipt_url": "https://pay.stripe.com/receipts/payment/CAcaFwoVYWNjdF8x", "refunded": false,
                 "status": "succeeded"}""".formatted(id, amount, amount, currency, paymentIntent);
    }

    /** A PaymentIntent in {@code status}; {@code latestCharge} is the expanded charge (JSON) or null. */
    static String paymentIntent(String id, String status, long amount, String currency, String payment,
                                String latestCharge, String lastPaymentError) {
        String nextAction = status.equals("requires_action")
                ? "{\"type\": \"use_stripe_sdk\", \"use_stripe_sdk\": {\"type\": \"three_d_secure_redirect\"}}"
                : "null";
        return """
                {"id": "%s", "object": "payment_intent", "amount": %d, "amount_capturable": 0,
                 "amount_received": %d, "automatic_payment_methods": null, "canceled_at": null,
                 "capture_method": "automatic", "client_secret": "%s_secret_Q0aZ", "confirmation_method": "automatic",
                 "created": 1768496400, "currency": "%s", "customer": "cus_T1", "description": "Invoice NAMC-2026-000001",
                 "last_payment_error": %s, "latest_charge": %s, "livemode": false,
                 "metadata": {"namc_payment": "%s", "namc_reference": "NAMC-2026-000001"}, "next_action": %s,
                 "payment_method": "pm_card_visa", "payment_method_types": ["card"], "status": "%s"}"""
                .formatted(id, amount, status.equals("succeeded") ? amount : 0, id, currency,
                        lastPaymentError == null ? "null" : lastPaymentError,
                        latestCharge == null ? "null" : latestCharge, payment, nextAction, status);
    }

    static String cardError(String code, String declineCode, String paymentIntent) {
        return cardError(code, declineCode, paymentIntent, "Your card was declined.");
    }

    static String cardError(String code, String declineCode, String paymentIntent, String message) {
        return """
                {"error": {"type": "card_error", "code": "%s", "decline_code": %s,
                 "message": "%s", "payment_intent": %s,
                 "request_log_url": "https://dashboard.stripe.com/test/logs/req_standin"}}"""
                .formatted(code, declineCode == null ? "null" : "\"" + declineCode + "\"",
                        message.replace("\"", "'"), paymentIntent);
    }

    @Override
    public void close() {
        server.stop();
    }
}
