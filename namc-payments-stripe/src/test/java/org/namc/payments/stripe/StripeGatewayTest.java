package org.namc.payments.stripe;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.namc.payments.stripe.StripeApiStandIn.charge;
import static org.namc.payments.stripe.StripeApiStandIn.json;
import static org.namc.payments.stripe.StripeApiStandIn.paymentIntent;
import static org.namc.testing.assertions.NamcExceptionAssert.assertThatNamcException;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.namc.billing.domain.ChargeLookup;
import org.namc.billing.domain.ChargeOutcome;
import org.namc.billing.domain.ChargeRequest;
import org.namc.billing.domain.GatewayRefund;
import org.namc.billing.domain.IdempotencyKey;
import org.namc.billing.domain.RefundRequest;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.Money;
import org.namc.shared.domain.NamcException;

/** The Stripe gateway against an in-JVM stand-in of the Stripe API: the requests it makes and how it reads answers. */
class StripeGatewayTest {
    private final StripeApiStandIn stripe = new StripeApiStandIn();
    private final IdempotencyKey key = IdempotencyKey.of("charge", UUID.randomUUID(), 1);

    @AfterEach
    void stop() {
        stripe.close();
    }

    private static ChargeRequest request(Money amount, boolean offSession) {
        return new ChargeRequest("cus_T1", "pm_card_visa", amount, "Invoice NAMC-2026-000001", "NAMC-2026-000001",
                "0193f0aa-0000-7000-8000-000000000001", offSession);
    }

    private void intentAnswers(int status, String body) {
        stripe.server.stubFor(post(urlPathEqualTo("/v1/payment_intents")).willReturn(json(status, body)));
    }

    @Test
    void aCapturedChargeCarriesItsChargeAndReceiptAndIsSentWithOurKeyAndPaymentId() {
        intentAnswers(200, paymentIntent("pi_3Q1", "succeeded", 2500, "usd", "p1",
                charge("ch_3Q1", "pi_3Q1", 2500, "usd"), null));

        ChargeOutcome outcome = stripe.gateway(0).charge(request(Money.of("25.00", "USD"), true), key);

        assertThat(outcome).isEqualTo(new ChargeOutcome.Captured("pi_3Q1", "ch_3Q1",
                "https://pay.stripe.com/receipts/payment/CAcaFwoVYWNjdF8x"));
        stripe.server.verify(postRequestedFor(urlPathEqualTo("/v1/payment_intents"))
                .withHeader("Idempotency-Key", equalTo(key.value()))
                .withHeader("Stripe-Version", equalTo("2026-07-29.dahlia"))
                .withRequestBody(containing("amount=2500"))
                .withRequestBody(containing("currency=usd"))
                .withRequestBody(containing("confirm=true"))
                .withRequestBody(containing("off_session=true"))
                .withRequestBody(containing("metadata[namc_payment]=0193f0aa-0000-7000-8000-000000000001")
                        .or(containing("metadata%5Bnamc_payment%5D=0193f0aa-0000-7000-8000-000000000001"))));
    }

    @Test
    void zeroAndThreeDecimalCurrenciesAreSentExactlyAndWhatStripeCannotTakeIsRefusedBeforeTheCall() {
        intentAnswers(200, paymentIntent("pi_3Q2", "processing", 5000, "jpy", "p1", null, null));
        StripeGateway gateway = stripe.gateway(0);

        assertThat(gateway.charge(request(Money.of("5000", "JPY"), false), key))
                .isInstanceOf(ChargeOutcome.Pending.class);
        gateway.charge(request(Money.of("1.230", "BHD"), false), IdempotencyKey.of("bhd"));

        stripe.server.verify(postRequestedFor(urlPathEqualTo("/v1/payment_intents"))
                .withRequestBody(containing("amount=5000")).withRequestBody(containing("currency=jpy")));
        stripe.server.verify(postRequestedFor(urlPathEqualTo("/v1/payment_intents"))
                .withRequestBody(containing("amount=1230")).withRequestBody(containing("currency=bhd")));
        assertThatNamcException(() -> gateway.charge(request(Money.of("1.234", "BHD"), false), IdempotencyKey.of("x")))
                .hasViolation("amount", "stripe-minor-unit");
        assertThat(stripe.server.findAll(postRequestedFor(urlPathEqualTo("/v1/payment_intents")))).hasSize(2);
        assertThat(StripeAmounts.money(1230, "bhd")).isEqualTo(Money.of("1.230", "BHD"));
        assertThat(StripeAmounts.money(5000, "jpy")).isEqualTo(Money.of("5000", "JPY"));
    }

    @Test
    void aCardErrorIsADeclineWithItsDeclineCodeAndAnOffSessionRenewalNeedingTheMemberSaysSo() {
        String intent = paymentIntent("pi_3Q3", "requires_payment_method", 2500, "usd", "p1", null, null);
        intentAnswers(402, StripeApiStandIn.cardError("card_declined", "insufficient_funds", intent));
        assertThat(stripe.gateway(0).charge(request(Money.of("25.00", "USD"), true), key))
                .isEqualTo(new ChargeOutcome.Declined("pi_3Q3", "insufficient_funds", "Your card was declined."));

        intentAnswers(402, StripeApiStandIn.cardError("authentication_required", "authentication_required", intent));
        assertThat(stripe.gateway(0).charge(request(Money.of("25.00", "USD"), true), IdempotencyKey.of("k2")))
                .isInstanceOfSatisfying(ChargeOutcome.Declined.class, d -> assertThat(d.needsAuthentication()).isTrue());
    }

    @Test
    void aPaymentNeedingAuthenticationTellsTheUiWhatToDoWithoutStripeTypes() {
        intentAnswers(200, paymentIntent("pi_3Q4", "requires_action", 2500, "usd", "p1", null, null));

        ChargeOutcome outcome = stripe.gateway(0).charge(request(Money.of("25.00", "USD"), false), key);

        assertThat(outcome).isInstanceOfSatisfying(ChargeOutcome.Pending.class, p -> {
            assertThat(p.action().clientSecret()).isEqualTo("pi_3Q4_secret_Q0aZ");
            assertThat(p.action().nextActionType()).isEqualTo("use_stripe_sdk");
        });
    }

    @Test
    void connectionAndRateLimitFailuresAreRetryableAndInvalidRequestsTyped() {
        stripe.server.stubFor(post(urlPathEqualTo("/v1/payment_intents")).willReturn(json(429,
                "{\"error\": {\"type\": \"invalid_request_error\", \"code\": \"rate_limit\", \"message\": \"Too many requests\"}}")));
        assertThatNamcException(() -> stripe.gateway(0).charge(request(Money.of("25.00", "USD"), true), key))
                .hasCode(ErrorCode.GATEWAY_UNAVAILABLE);

        stripe.server.stubFor(post(urlPathEqualTo("/v1/payment_intents")).willReturn(json(400,
                "{\"error\": {\"type\": \"invalid_request_error\", \"code\": \"parameter_invalid_integer\","
                        + " \"param\": \"amount\", \"message\": \"Invalid integer: 25.5\"}}")));
        assertThatNamcException(() -> stripe.gateway(0).charge(request(Money.of("25.00", "USD"), true), key))
                .hasViolation("amount", "parameter_invalid_integer");

        stripe.server.stubFor(post(urlPathEqualTo("/v1/payment_intents")).willReturn(aResetConnection()));
        assertThatNamcException(() -> stripe.gateway(0).charge(request(Money.of("25.00", "USD"), true), key))
                .hasCode(ErrorCode.GATEWAY_UNAVAILABLE);
    }

    @Test
    void aConnectionResetAfterTheFirstPostThenARerunMakesOnePaymentIntentUnderOneKey() {
        stripe.server.stubFor(post(urlPathEqualTo("/v1/payment_intents")).inScenario("reset")
                .whenScenarioStateIs(Scenario.STARTED).willReturn(aResetConnection()).willSetStateTo("answered"));
        stripe.server.stubFor(post(urlPathEqualTo("/v1/payment_intents")).inScenario("reset")
                .whenScenarioStateIs("answered").willReturn(json(200, paymentIntent("pi_3Q5", "succeeded", 2500,
                        "usd", "p1", charge("ch_3Q5", "pi_3Q5", 2500, "usd"), null))));
        StripeGateway gateway = stripe.gateway(0);
        ChargeRequest request = request(Money.of("25.00", "USD"), true);

        assertThatNamcException(() -> gateway.charge(request, key)).hasCode(ErrorCode.GATEWAY_UNAVAILABLE);
        // A rerun (the job repeated after the reset) sends the same key: Stripe answers with the one PaymentIntent.
        ChargeOutcome rerun = gateway.charge(request, key);

        assertThat(rerun.gatewayPaymentId()).isEqualTo("pi_3Q5");
        List<LoggedRequest> posts = stripe.server.findAll(postRequestedFor(urlPathEqualTo("/v1/payment_intents")));
        assertThat(posts).hasSize(2).extracting(r -> r.getHeader("Idempotency-Key")).containsOnly(key.value());
    }

    @Test
    void findsAChargeByOurPaymentIdWhenItsIdWasNeverRecorded() {
        stripe.server.stubFor(get(urlPathEqualTo("/v1/payment_intents")).willReturn(json(200, """
                {"object": "list", "url": "/v1/payment_intents", "has_more": false, "data": [%s, %s]}"""
                .formatted(paymentIntent("pi_other", "succeeded", 1000, "usd", "p0", null, null),
                        paymentIntent("pi_3Q7", "succeeded", 2500, "usd", "p1",
                                charge("ch_3Q7", "pi_3Q7", 2500, "usd"), null)))));
        StripeGateway gateway = stripe.gateway(0);
        Instant since = Instant.parse("2026-01-15T17:00:00Z");

        assertThat(gateway.chargeState(new ChargeLookup("cus_T1", null, "p1", key, since)))
                .get().extracting(ChargeOutcome::gatewayPaymentId).isEqualTo("pi_3Q7");
        assertThat(gateway.chargeState(new ChargeLookup("cus_T1", null, "p9", key, since))).isEmpty();
        stripe.server.verify(anyRequestedFor(urlPathEqualTo("/v1/payment_intents"))
                .withQueryParam("customer", equalTo("cus_T1")));
    }

    @Test
    void refundsAreKeyedAndAnAmountTooLargeIsARejectionNotAnError() {
        stripe.server.stubFor(post(urlPathEqualTo("/v1/refunds")).inScenario("refunds")
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("refunded").willReturn(json(200, """
                        {"id": "re_3Q8", "object": "refund", "amount": 1000, "charge": "ch_3Q1", "created": 1768496400,
                         "currency": "usd", "metadata": {}, "payment_intent": "pi_3Q1", "reason": null,
                         "status": "succeeded"}""")));
        stripe.server.stubFor(post(urlPathEqualTo("/v1/refunds")).inScenario("refunds")
                .whenScenarioStateIs("refunded").willReturn(json(400, """
                        {"error": {"type": "invalid_request_error", "code": "amount_too_large", "param": "amount",
                         "message": "Refund amount ($20.00) is greater than unrefunded amount on charge ($15.00)"}}""")));
        StripeGateway gateway = stripe.gateway(0);

        assertThat(gateway.refund(new RefundRequest("pi_3Q1", Money.of("10.00", "USD"), "goodwill"), key))
                .isEqualTo(new GatewayRefund.Refunded("re_3Q8"));
        assertThat(gateway.refund(new RefundRequest("pi_3Q1", Money.of("20.00", "USD"), "more"), IdempotencyKey.of("r2")))
                .isInstanceOfSatisfying(GatewayRefund.Rejected.class, r -> assertThat(r.code())
                        .isEqualTo("amount_too_large"));
        stripe.server.verify(postRequestedFor(urlPathEqualTo("/v1/refunds"))
                .withHeader("Idempotency-Key", equalTo(key.value())).withRequestBody(containing("amount=1000")));
    }

    @Test
    void theSecretKeyAppearsInNoMessageAndNoToString() {
        stripe.server.stubFor(post(anyUrl()).willReturn(json(401, """
                {"error": {"type": "invalid_request_error",
                 "message": "Invalid API Key provided: %s"}}""".formatted(StripeApiStandIn.SECRET_KEY))));
        StripeGateway gateway = stripe.gateway(0);

        assertThatThrownBy(() -> gateway.charge(request(Money.of("25.00", "USD"), true), key))
                .isInstanceOfSatisfying(NamcException.class, e -> assertThat(e.toString())
                        .doesNotContain("sk_test").contains("API key"));
        assertThat(gateway.toString()).doesNotContain("sk_test");
        assertThat(StripeFailures.mask("key sk_test_abc123 leaked")).isEqualTo("key sk_*** leaked");
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder aResetConnection() {
        return com.github.tomakehurst.wiremock.client.WireMock.aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER);
    }
}
