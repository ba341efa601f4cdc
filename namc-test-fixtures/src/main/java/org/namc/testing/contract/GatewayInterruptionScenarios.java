package org.namc.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.namc.testing.assertions.NamcExceptionAssert.assertThatNamcException;
import static org.namc.testing.inmemory.InMemoryPaymentGateway.VISA;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.namc.billing.BillingRunReport;
import org.namc.billing.PayInvoice;
import org.namc.billing.PaymentOutcome;
import org.namc.billing.PaymentView;
import org.namc.billing.PurchaseItem;
import org.namc.billing.ReconcileReport;
import org.namc.billing.RefundPayment;
import org.namc.billing.SubscriptionView;
import org.namc.billing.domain.InvoiceStatus;
import org.namc.billing.domain.ItemRef;
import org.namc.billing.domain.PaymentStatus;
import org.namc.billing.domain.PurchasableItem;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.PageRequest;
import org.namc.testing.inmemory.InMemoryPaymentGateway.Interruption;

/**
 * A crash at each point between recording a payment and settling the gateway's answer, and
 * the reconcile step making the books right: never a charge without a payment, never a
 * succeeded payment without a charge, never two charges for one attempt.
 */
public abstract class GatewayInterruptionScenarios extends BillingScenarioSupport {
    private static final ItemRef GALA = ItemRef.event("annual-gala-2026");
    private static final Duration LEFT_ALONE = Duration.ofMinutes(16);

    private MemberId buyer() {
        billingFixture.purchasables().offer(new PurchasableItem(GALA, "Annual gala ticket", usd("50.00"),
                BigDecimal.ZERO));
        return memberPaying(VISA);
    }

    private PaymentView onlyPaymentOf(MemberId member) {
        var items = billing.paymentsOf(Actor.system(), member, PageRequest.first(10)).items();
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    @Test
    void aCrashBeforeTheCallLeavesAProcessingPaymentThatReconcileFailsAndNothingWasCharged() {
        MemberId ana = buyer();
        gateway.interruptNextCall(Interruption.BEFORE_SENDING);

        var outcome = (PaymentOutcome.Pending) billing.purchase(Actor.member(ana), new PurchaseItem(ana, GALA, null));

        assertThat(outcome.payment().status()).isEqualTo(PaymentStatus.PROCESSING);
        assertThat(gateway.charges()).isEmpty();
        assertThat(billing.reconcilePayments(Actor.system())).isEqualTo(ReconcileReport.nothing()); // still in flight
        clock.advance(LEFT_ALONE);

        assertThat(billing.reconcilePayments(Actor.system())).isEqualTo(new ReconcileReport(0, 1, 0, 0));
        PaymentView failed = onlyPaymentOf(ana);
        assertThat(failed.status()).isEqualTo(PaymentStatus.FAILED);
        assertThat(failed.failureCode()).isEqualTo("not_sent");
        assertThat(billing.invoice(Actor.system(), outcome.invoice().id()).status()).isEqualTo(InvoiceStatus.OPEN);
        assertThat(billingFixture.purchasables().booking(GALA, ana)).isEmpty();

        assertThat(billing.payInvoice(Actor.member(ana), new PayInvoice(outcome.invoice().id(), null)))
                .isInstanceOf(PaymentOutcome.Succeeded.class);
        assertThat(gateway.charges()).hasSize(1);
    }

    @Test
    void aCrashAfterTheCallLeavesAChargeThatReconcileSettlesOnce() {
        MemberId ana = buyer();
        gateway.interruptNextCall(Interruption.AFTER_DOING);

        var outcome = (PaymentOutcome.Pending) billing.purchase(Actor.member(ana), new PurchaseItem(ana, GALA, null));

        assertThat(outcome.payment().status()).isEqualTo(PaymentStatus.PROCESSING);
        assertThat(gateway.charges()).singleElement().satisfies(c -> assertThat(c.status()).isEqualTo("succeeded"));
        assertThat(billingFixture.purchasables().booking(GALA, ana)).isEmpty();
        clock.advance(LEFT_ALONE);

        assertThat(billing.reconcilePayments(Actor.system())).isEqualTo(new ReconcileReport(1, 0, 0, 0));
        assertThat(billing.reconcilePayments(Actor.system())).isEqualTo(ReconcileReport.nothing());
        PaymentView paid = onlyPaymentOf(ana);
        assertThat(paid.status()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(billing.invoice(Actor.system(), outcome.invoice().id()).status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(billingFixture.purchasables().booking(GALA, ana)).hasValueSatisfying(b ->
                assertThat(b.active()).isTrue());
        assertThat(gateway.charges()).hasSize(1);
    }

    @Test
    void aCrashBeforeSettlingLeavesAChargeThatReconcileSettlesOnce() {
        MemberId ana = buyer();
        billingFixture.purchasables().failNextPaid();

        assertThatThrownBy(() -> billing.purchase(Actor.member(ana), new PurchaseItem(ana, GALA, null)))
                .hasMessageContaining("stopped before the payment was settled");

        assertThat(onlyPaymentOf(ana).status()).isEqualTo(PaymentStatus.PROCESSING);
        assertThat(gateway.charges()).singleElement().satisfies(c -> assertThat(c.status()).isEqualTo("succeeded"));
        clock.advance(LEFT_ALONE);

        assertThat(billing.reconcilePayments(Actor.system())).isEqualTo(new ReconcileReport(1, 0, 0, 0));
        assertThat(onlyPaymentOf(ana).status()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(billingFixture.purchasables().booking(GALA, ana)).hasValueSatisfying(b ->
                assertThat(b.active()).isTrue());
        assertThat(gateway.charges()).hasSize(1);
    }

    @Test
    void theBillingRunReconcilesARenewalWhoseAnswerWasLostBeforeItRenewsAnything() {
        MemberId ana = memberPaying(VISA);
        SubscriptionView gold = subscribed(ana, "GOLD");
        clock.set(gold.currentPeriodEnd());
        gateway.interruptNextCall(Interruption.AFTER_DOING);

        assertThat(billing.runBilling(Actor.system()).renewed()).isEqualTo(1);
        assertThat(gateway.charges()).hasSize(2);
        clock.advance(LEFT_ALONE);
        BillingRunReport next = billing.runBilling(Actor.system());

        assertThat(next.reconciled()).isEqualTo(1);
        assertThat(next.renewed()).isZero();
        assertThat(billing.paymentsOf(Actor.system(), ana, PageRequest.first(10)).items())
                .extracting(PaymentView::status).containsOnly(PaymentStatus.SUCCEEDED);
        assertThat(memberView(ana).membership().expiresAt()).isEqualTo(
                billing.subscription(Actor.system(), gold.id()).currentPeriodEnd());
        assertThat(gateway.charges()).hasSize(2);
    }

    @Test
    void aRefundWhoseAnswerWasLostStaysPendingAndReconcileCompletesItOnce() {
        MemberId ana = buyer();
        var bought = (PaymentOutcome.Succeeded) billing.purchase(Actor.member(ana), new PurchaseItem(ana, GALA, null));
        gateway.interruptNextCall(Interruption.AFTER_DOING);

        assertThatNamcException(() -> billing.refundPayment(Actor.system(),
                new RefundPayment(bought.payment().id(), usd("20.00"), "Could only attend the dinner")))
                .hasCode(ErrorCode.GATEWAY_UNAVAILABLE);
        assertThat(onlyPaymentOf(ana).refundable()).isEqualTo(usd("30.00")); // the pending 20.00 is held back
        assertThatNamcException(() -> billing.refundPayment(Actor.system(),
                new RefundPayment(bought.payment().id(), usd("1.00"), "more"))).hasCode(ErrorCode.ILLEGAL_STATE);
        clock.advance(LEFT_ALONE);

        assertThat(billing.reconcilePayments(Actor.system())).isEqualTo(new ReconcileReport(0, 0, 1, 0));
        PaymentView refunded = onlyPaymentOf(ana);
        assertThat(refunded.refunded()).isEqualTo(usd("20.00"));
        assertThat(refunded.refundable()).isEqualTo(usd("30.00"));
        assertThat(gateway.charge(gatewayPaymentOf(ana)).orElseThrow().refunded()).isEqualTo(usd("20.00"));
        assertThat(billing.reconcilePayments(Actor.system())).isEqualTo(ReconcileReport.nothing());
    }

    private String gatewayPaymentOf(MemberId member) {
        return gateway.charges().stream().filter(c -> c.request().customerId().equals(gateway.customerIdOf(member)))
                .findFirst().orElseThrow().id();
    }
}
