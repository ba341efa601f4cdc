package org.namc.testing.contract;

import org.namc.shared.domain.CommonRefusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.testing.assertions.NamcExceptionAssert.assertThatNamcException;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.namc.billing.ConfirmPayment;
import org.namc.billing.domain.BillingInterval;
import org.namc.billing.domain.ChargeOutcome;
import org.namc.billing.domain.ChargeRequest;
import org.namc.billing.domain.GatewayCustomer;
import org.namc.billing.domain.GatewayPlan;
import org.namc.billing.domain.GatewayRefund;
import org.namc.billing.domain.IdempotencyKey;
import org.namc.billing.domain.RefundRequest;
import org.namc.billing.spi.PaymentGateway;
import org.namc.shared.domain.EmailAddress;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Money;

/**
 * What every {@link PaymentGateway} adapter must do, run against its test mode: Stripe's test
 * payment methods, idempotency keys, pending payments confirmed later, refunds capped by the
 * capture.
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

    private static IdempotencyKey key() {
        return IdempotencyKey.of("contract", UUID.randomUUID());
    }

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    private ChargeRequest charge(String method, String amount) {
        return new ChargeRequest(customer, method, usd(amount), "Invoice NAMC-2026-000001", "NAMC-2026-000001");
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
        ChargeOutcome first = gateway().charge(charge(capturingMethod(), "25.00"), key);
        ChargeOutcome again = gateway().charge(charge(capturingMethod(), "25.00"), key);

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
        gateway().charge(charge(capturingMethod(), "25.00"), key);

        assertThatNamcException(() -> gateway().charge(charge(capturingMethod(), "26.00"), key))
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
    void mirrorsSubscriptionsIdempotently() {
        GatewayPlan gold = new GatewayPlan("GOLD", BillingInterval.MONTHLY, usd("25.00"));
        IdempotencyKey key = key();
        String id = gateway().createSubscription(customer, gold, Instant.parse("2026-01-15T17:00:00Z"), key);

        assertThat(gateway().createSubscription(customer, gold, Instant.parse("2026-01-15T17:00:00Z"), key))
                .isEqualTo(id);
        gateway().updateSubscription(id, new GatewayPlan("PLATINUM", BillingInterval.MONTHLY, usd("50.00")), key());
        gateway().cancelSubscription(id, true, key());
        gateway().cancelSubscription(id, false, key());
        assertThatNamcException(() -> gateway().updateSubscription("sub_missing", gold, key()))
                .hasCode(ErrorCode.NOT_FOUND);
    }
}
