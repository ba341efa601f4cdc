package org.namc.billing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.billing.domain.BillingTestData.at;
import static org.namc.billing.domain.BillingTestData.capturedPayment;
import static org.namc.billing.domain.BillingTestData.line;
import static org.namc.billing.domain.BillingTestData.openInvoice;
import static org.namc.billing.domain.BillingTestData.paymentId;
import static org.namc.billing.domain.BillingTestData.refund;
import static org.namc.billing.domain.BillingTestData.refunded;
import static org.namc.billing.domain.BillingTestData.usd;

import java.time.Instant;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.NamcException;

class PaymentTest {
    private static final Instant NOW = at("2026-03-01T10:00:00Z");
    private final Invoice invoice = openInvoice(1, new InvoicePurpose.Manual(), NOW, line("Dues", 1, "100.00", "0"));

    @Test
    void aPaymentGoesFromProcessingToPendingToSucceededOrFailedOnce() {
        Payment pending = Payment.initiate(paymentId(1), invoice, null, 1, NOW);
        assertThat(pending.status()).isEqualTo(PaymentStatus.PROCESSING);
        assertThat(pending.chargeKey().value()).isEqualTo("charge:" + invoice.id() + ":1");
        assertThat(pending.amount()).isEqualTo(usd("100.00"));
        assertThat(pending.kind()).isEqualTo(PaymentKind.OTHER);

        Payment confirming = pending.awaitingConfirmation("pi_1", NOW);
        assertThat(confirming.status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(confirming.gatewayPaymentId()).isEqualTo("pi_1");
        Payment failed = confirming.failed("pi_1", "card_declined", "Your card was declined.", NOW);
        assertThat(failed.status()).isEqualTo(PaymentStatus.FAILED);
        assertThat(failed.refundable()).isEqualTo(usd("0.00"));

        Assertions.assertThatThrownBy(() -> failed.succeeded("pi_1", NOW))
                .isInstanceOfSatisfying(NamcException.class, e -> assertThat(e.reason())
                        .isEqualTo(BillingRefusal.PAYMENT_ALREADY_SETTLED));
    }

    @Test
    void refundsInPartsUpToTheCaptureAndNoFurther() {
        Payment paid = capturedPayment(1, invoice, NOW);

        Payment once = refunded(paid, refund(1, usd("30.00"), NOW));
        Payment twice = refunded(once, refund(2, usd("70.00"), NOW));

        assertThat(once.refundable()).isEqualTo(usd("70.00"));
        assertThat(once.isFullyRefunded()).isFalse();
        assertThat(twice.isFullyRefunded()).isTrue();
        Assertions.assertThatThrownBy(() -> refunded(once, refund(3, usd("70.01"), NOW)))
                .isInstanceOfSatisfying(NamcException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + ":" + v.rule()).containsExactly("amount:range"));
    }

    @Test
    void aPendingRefundHoldsItsAmountBackUntilItSettlesOrIsRejected() {
        Payment paid = capturedPayment(1, invoice, NOW);
        PendingRefund pending = new PendingRefund(refund(1, usd("60.00"), NOW).id(), usd("60.00"), "goodwill", true,
                NOW);

        Payment refunding = paid.refundRequested(pending, NOW);
        assertThat(refunding.refundable()).isEqualTo(usd("40.00"));
        Assertions.assertThatThrownBy(() -> refunding.refundRequested(new PendingRefund(refund(2, usd("1.00"), NOW)
                        .id(), usd("1.00"), "more", true, NOW), NOW))
                .isInstanceOfSatisfying(NamcException.class, e -> assertThat(e.code())
                        .isEqualTo(ErrorCode.ILLEGAL_STATE));
        assertThat(refunding.refundRejected(NOW).refundable()).isEqualTo(usd("100.00"));
        Assertions.assertThatThrownBy(() -> refunding.refunded(refund(2, usd("60.00"), NOW), NOW))
                .isInstanceOf(NamcException.class);
        assertThat(refunding.refunded(refund(1, usd("60.00"), NOW), NOW).refunded()).isEqualTo(usd("60.00"));
    }

    @Test
    void aChargeTheGatewayNeverReceivedFailsWithoutAGatewayId() {
        Payment processing = Payment.initiate(paymentId(4), invoice, null, 1, "cus_1", NOW);

        Payment failed = processing.neverSent("not_sent", "never sent", NOW);
        assertThat(failed.status()).isEqualTo(PaymentStatus.FAILED);
        assertThat(failed.gatewayPaymentId()).isNull();
        assertThat(processing.gateway().customerId()).isEqualTo("cus_1");
        Assertions.assertThatThrownBy(() -> failed.neverSent("not_sent", "again", NOW))
                .isInstanceOf(NamcException.class);
    }

    @Test
    void onlyASucceededPaymentCanBeRefunded() {
        Payment pending = Payment.initiate(paymentId(2), invoice, null, 1, NOW);
        Assertions.assertThatThrownBy(() -> pending.checkRefundable(usd("1.00")))
                .isInstanceOfSatisfying(NamcException.class, e -> assertThat(e.reason())
                        .isEqualTo(BillingRefusal.PAYMENT_NOT_REFUNDABLE));
    }

    @Test
    void aPaymentCollectsTheWholeInvoiceAndDescribesIt() {
        Payment payment = Payment.initiate(paymentId(3), invoice, null, 2, NOW);
        assertThat(payment.description()).isEqualTo("Invoice NAMC-2026-000001");
        assertThat(payment.attempt()).isEqualTo(2);
        assertThat(payment.invoice()).isEqualTo(invoice.id());
    }
}
