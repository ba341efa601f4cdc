package org.namc.testing.contract;

import org.namc.shared.domain.CommonRefusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.testing.assertions.NamcExceptionAssert.assertThatNamcException;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.namc.billing.ConfirmPayment;
import org.namc.billing.domain.ChargeLookup;
import org.namc.billing.domain.ChargeOutcome;
import org.namc.billing.domain.ChargeRequest;
import org.namc.billing.domain.CheckoutRequest;
import org.namc.billing.domain.CheckoutSession;
import org.namc.billing.domain.GatewayCustomer;
import org.namc.billing.domain.GatewayRefund;
import org.namc.billing.domain.IdempotencyKey;
import org.namc.billing.domain.RefundRequest;
import org.namc.billing.domain.SavedMethod;
import org.namc.billing.domain.SetupSession;
import org.namc.billing.spi.PaymentGateway;
import org.namc.shared.domain.EmailAddress;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Money;

/**
 * What every {@link PaymentGateway} adapter must do, run against its test mode: Stripe's test
 * payment methods, idempotency keys, pending payments confirmed later, a charge's current state
 * (found by our payment id when the gateway's is unknown), refunds capped by the capture, saved
 * methods and hosted checkout.
 */
public abstract class PaymentGatewayContract {
    private String customer;

    protected abstract PaymentGateway gateway();

    /** A payment method that is charged at once. */
    protected abstract String capturingMethod();

    /** A payment method that is declined with {@code card_declined}. */
    protected abstract String decliningMethod();

    /** A payment method that needs the customer's confirmation, which they then give. */
    protected abstract String confirmingMethod();

    /** Lets the customers finish what pending payments wait for; returns the gateway's confirmations. */
    protected abstract List<ConfirmPayment> completePendingPayments();

    /** The customer finishes saving {@code method} in {@code setup}, as the browser would; returns the saved method. */
    protected abstract SavedMethod completeSetup(SetupSession setup, String method);

    private static IdempotencyKey key() {
        return IdempotencyKey.of("contract", UUID.randomUUID());
    }

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    private ChargeRequest charge(String method, String amount) {
        return new ChargeRequest(customer, method, usd(amount), "Invoice NAMC-2026-000001", "NAMC-2026-000001",
                UUID.randomUUID().toString(), false);
    }

    @BeforeEach
    void openCustomer() {
        customer = gateway().createCustomer(new GatewayCustomer(new MemberId(UUID.randomUUID()),
                EmailAddress.of("ana@example.org"), "Ana Lopez"), key());
    }

    @Test
    void capturesDeclinesOrWaitsForConfirmationByPaymentMethod() {
        assertThat(gateway().charge(charge(capturingMethod(), "25.00"), key())).isInstanceOf(ChargeOutcome.Captured.class);
        assertThat(gateway().charge(charge(decliningMethod(), "25.00"), key())).isInstanceOfSatisfying(
                ChargeOutcome.Declined.class, d -> assertThat(d.code()).isEqualTo("card_declined"));
        ChargeOutcome pending = gateway().charge(charge(confirmingMethod(), "25.00"), key());
        assertThat(pending).isInstanceOf(ChargeOutcome.Pending.class);

        assertThat(completePendingPayments()).containsExactly(ConfirmPayment.succeeded(pending.gatewayPaymentId()));
        assertThat(completePendingPayments()).isEmpty();
    }

    @Test
    void aRepeatedKeyReturnsTheFirstAnswerAndDoesNothingTwice() {
        IdempotencyKey key = key();
        ChargeRequest request = charge(capturingMethod(), "25.00");
        ChargeOutcome first = gateway().charge(request, key);
        ChargeOutcome again = gateway().charge(request, key);

        assertThat(again).isEqualTo(first);
        IdempotencyKey refundKey = key();
        RefundRequest refund = new RefundRequest(first.gatewayPaymentId(), usd("20.00"), "goodwill");
        assertThat(gateway().refund(refund, refundKey)).isEqualTo(gateway().refund(refund, refundKey));
        // Only one 20.00 refund happened: 5.00 is still refundable.
        assertThat(gateway().refund(new RefundRequest(first.gatewayPaymentId(), usd("5.00"), "rest"), key()))
                .isInstanceOf(GatewayRefund.Refunded.class);
        IdempotencyKey customerKey = key();
        GatewayCustomer bo = new GatewayCustomer(new MemberId(UUID.randomUUID()), EmailAddress.of("bo@example.org"),
                "Bo");
        assertThat(gateway().createCustomer(bo, customerKey)).isEqualTo(gateway().createCustomer(bo, customerKey));
    }

    @Test
    void aKeyReusedForADifferentRequestIsRefused() {
        IdempotencyKey key = key();
        ChargeRequest request = charge(capturingMethod(), "25.00");
        gateway().charge(request, key);

        assertThatNamcException(() -> gateway().charge(new ChargeRequest(customer, capturingMethod(), usd("26.00"),
                request.description(), request.reference(), request.payment(), false), key))
                .hasReason(CommonRefusal.DUPLICATE);
    }

    @Test
    void refundsNeverExceedTheCaptureAndNeedOne() {
        ChargeOutcome captured = gateway().charge(charge(capturingMethod(), "25.00"), key());
        ChargeOutcome declined = gateway().charge(charge(decliningMethod(), "25.00"), key());

        assertThat(gateway().refund(new RefundRequest(captured.gatewayPaymentId(), usd("10.00"), "part"), key()))
                .isInstanceOf(GatewayRefund.Refunded.class);
        assertThat(gateway().refund(new RefundRequest(captured.gatewayPaymentId(), usd("15.01"), "too much"), key()))
                .isInstanceOfSatisfying(GatewayRefund.Rejected.class, r -> assertThat(r.code())
                        .isEqualTo("amount_too_large"));
        assertThat(gateway().refund(new RefundRequest(captured.gatewayPaymentId(), usd("15.00"), "rest"), key()))
                .isInstanceOf(GatewayRefund.Refunded.class);
        assertThat(gateway().refund(new RefundRequest(declined.gatewayPaymentId(), usd("1.00"), "x"), key()))
                .isInstanceOf(GatewayRefund.Rejected.class);
    }

    @Test
    void readsAChargesCurrentStateByItsIdOrOurPaymentId() {
        ChargeRequest captured = charge(capturingMethod(), "25.00");
        ChargeOutcome taken = gateway().charge(captured, key());
        ChargeOutcome declined = gateway().charge(charge(decliningMethod(), "25.00"), key());

        assertThat(gateway().chargeState(lookup(taken.gatewayPaymentId(), captured.payment())))
                .get().isInstanceOf(ChargeOutcome.Captured.class)
                .extracting(ChargeOutcome::gatewayPaymentId).isEqualTo(taken.gatewayPaymentId());
        assertThat(gateway().chargeState(lookup(null, captured.payment()))).get()
                .extracting(ChargeOutcome::gatewayPaymentId).isEqualTo(taken.gatewayPaymentId());
        assertThat(gateway().chargeState(lookup(declined.gatewayPaymentId(), "other"))).get()
                .isInstanceOf(ChargeOutcome.Declined.class);
        assertThat(gateway().chargeState(lookup(null, UUID.randomUUID().toString()))).isEmpty();
    }

    @Test
    void aPendingChargeTellsTheCustomersNextStepAndBecomesFinalWhenConfirmed() {
        ChargeRequest request = charge(confirmingMethod(), "25.00");
        ChargeOutcome pending = gateway().charge(request, key());

        assertThat(pending).isInstanceOfSatisfying(ChargeOutcome.Pending.class,
                p -> assertThat(p.action().clientSecret()).isNotBlank());
        assertThat(gateway().chargeState(lookup(null, request.payment()))).get()
                .isInstanceOf(ChargeOutcome.Pending.class);
        completePendingPayments();
        assertThat(gateway().chargeState(lookup(pending.gatewayPaymentId(), request.payment()))).get()
                .isInstanceOf(ChargeOutcome.Captured.class);
    }

    @Test
    void startsSavingAMethodWithAClientSecretAndListsAndRemovesSavedMethods() {
        IdempotencyKey key = key();
        SetupSession setup = gateway().startSetup(customer, key);

        assertThat(setup.action().clientSecret()).isNotBlank();
        assertThat(gateway().startSetup(customer, key)).isEqualTo(setup);
        SavedMethod saved = completeSetup(setup, capturingMethod());
        assertThat(gateway().savedMethods(customer)).extracting(SavedMethod::id).containsExactly(saved.id());
        gateway().removeMethod(customer, saved.id());
        assertThat(gateway().savedMethods(customer)).isEmpty();
        assertThatNamcException(() -> gateway().removeMethod(customer, saved.id())).hasCode(ErrorCode.NOT_FOUND);
    }

    @Test
    void opensAHostedCheckoutOnce() {
        CheckoutRequest request = new CheckoutRequest(customer, usd("40.00"), "Course", "NAMC-2026-000002",
                UUID.randomUUID().toString(), URI.create("https://portal.example.org/paid"),
                URI.create("https://portal.example.org/cancelled"), Instant.parse("2030-01-01T00:00:00Z"));
        IdempotencyKey key = key();
        CheckoutSession session = gateway().openCheckout(request, key);

        assertThat(session.url().getScheme()).isEqualTo("https");
        assertThat(gateway().openCheckout(request, key).sessionId()).isEqualTo(session.sessionId());
    }

    @Test
    void updatesTheCustomersEmail() {
        gateway().updateCustomer(customer, new GatewayCustomer(new MemberId(UUID.randomUUID()),
                EmailAddress.of("ana.new@example.org"), "Ana Lopez"), key());
        assertThatNamcException(() -> gateway().updateCustomer("cus_missing", new GatewayCustomer(
                new MemberId(UUID.randomUUID()), EmailAddress.of("x@example.org"), "X"), key()))
                .hasCode(ErrorCode.NOT_FOUND);
    }

    private ChargeLookup lookup(String gatewayPaymentId, String payment) {
        return new ChargeLookup(customer, gatewayPaymentId, payment, key(), Instant.parse("2020-01-01T00:00:00Z"));
    }
}
