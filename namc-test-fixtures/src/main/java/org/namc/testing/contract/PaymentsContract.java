package org.namc.testing.contract;

import org.namc.shared.domain.CommonRefusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.testing.assertions.NamcExceptionAssert.assertThatNamcException;
import static org.namc.testing.contract.BillingStoreData.NOW;
import static org.namc.testing.contract.BillingStoreData.issued;
import static org.namc.testing.contract.BillingStoreData.payment;
import static org.namc.testing.contract.BillingStoreData.usd;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.namc.billing.domain.ChargeOutcome;
import org.namc.billing.domain.CreditNoteId;
import org.namc.billing.domain.GatewayDetails;
import org.namc.billing.domain.Invoice;
import org.namc.billing.domain.Payment;
import org.namc.billing.domain.PaymentId;
import org.namc.billing.domain.PendingRefund;
import org.namc.billing.domain.Refund;
import org.namc.billing.domain.RefundId;
import org.namc.billing.spi.Payments;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.PageRequest;
import org.namc.shared.domain.ReportingPeriod;

/** What every {@link Payments} adapter must do. */
public abstract class PaymentsContract {

    /** An empty store. */
    protected abstract Payments payments();

    /** An issued invoice of {@code member} the store may refer to (an adapter with foreign keys stores it). */
    protected abstract Invoice existingInvoice(Invoice invoice);

    /** A member the store may refer to. */
    protected abstract MemberId existingMember();

    private Invoice invoice(long sequence) {
        return existingInvoice(issued(existingMember(), sequence, NOW));
    }

    @Test
    void keepsAPaymentWithItsRefundsThroughARoundTrip() {
        Payment paid = payment(invoice(1), 1, NOW).succeeded("pi_1", NOW);
        RefundId refundId = new RefundId(UUID.randomUUID());
        Payment refunded = paid.refundRequested(new PendingRefund(refundId, usd("10.00"), "goodwill", true, NOW), NOW)
                .refunded(new Refund(refundId, usd("10.00"), "goodwill", "re_1", new CreditNoteId(UUID.randomUUID()),
                        NOW), NOW);

        payments().save(refunded);

        Payment loaded = payments().findById(refunded.id()).orElseThrow();
        assertThat(loaded.refunds()).isEqualTo(refunded.refunds());
        assertThat(loaded.refunded()).isEqualTo(usd("10.00"));
        assertThat(loaded.amount()).isEqualTo(refunded.amount());
        assertThat(loaded.status()).isEqualTo(refunded.status());
        assertThat(loaded.kind()).isEqualTo(refunded.kind());
        assertThat(loaded.processedAt()).isEqualTo(NOW);
        assertThat(payments().findByGatewayPaymentId("pi_1").map(Payment::id)).contains(refunded.id());
    }

    @Test
    void keepsAFailureAndItsReason() {
        Payment failed = payments().save(payment(invoice(2), 1, NOW).failed("pi_2", "card_declined", "Declined.",
                NOW));

        assertThat(payments().findById(failed.id())).hasValueSatisfying(p -> {
            assertThat(p.failureCode()).isEqualTo("card_declined");
            assertThat(p.failureMessage()).isEqualTo("Declined.");
        });
    }

    @Test
    void aGatewayPaymentIsRecordedOnceAndStaleVersionsConflict() {
        Invoice invoice = invoice(3);
        Payment first = payments().save(payment(invoice, 1, NOW).succeeded("pi_3", NOW));
        assertThatNamcException(() -> payments().save(payment(invoice, 2, NOW).succeeded("pi_3", NOW)))
                .hasReason(CommonRefusal.DUPLICATE);
        Payment pending = payments().save(payment(invoice, 2, NOW));
        payments().save(pending.awaitingConfirmation("pi_4", NOW));
        assertThatNamcException(() -> payments().save(pending.failed("pi_4", "x", "y", NOW)))
                .hasReason(CommonRefusal.CONCURRENT_CHANGE);
        assertThat(first.version()).isZero();
    }

    @Test
    void listsAttemptsPerInvoiceInOrderAndAMembersPaymentsNewestFirst() {
        Invoice invoice = invoice(5);
        Payment one = payments().save(payment(invoice, 1, NOW).failed("pi_5", "card_declined", "Declined.", NOW));
        Payment two = payments().save(payment(invoice, 2, NOW.plusSeconds(60)).succeeded("pi_6", NOW));
        payments().save(payment(invoice(6), 1, NOW));

        assertThat(payments().forInvoice(invoice.id())).extracting(Payment::id).containsExactly(one.id(), two.id());
        assertThat(payments().forMember(invoice.member(), PageRequest.first(10)).items()).extracting(Payment::id)
                .containsExactly(two.id(), one.id());
    }

    @Test
    void listsThePaymentsProcessedWithinAPeriodOldestFirstByPage() {
        Payment pending = payments().save(payment(invoice(7), 1, NOW));
        Payment before = payments().save(payment(invoice(8), 1, NOW).succeeded("pi_8", NOW.minusSeconds(1)));
        Payment declined = payments().save(payment(invoice(9), 1, NOW).failed("pi_9", "card_declined", "Declined.",
                NOW));
        Payment paid = payments().save(payment(invoice(10), 1, NOW).succeeded("pi_10", NOW.plusSeconds(59)));
        payments().save(payment(invoice(11), 1, NOW).succeeded("pi_11", NOW.plusSeconds(60)));
        ReportingPeriod period = new ReportingPeriod(NOW, NOW.plusSeconds(60));

        var first = payments().processedWithin(period, new PageRequest(0, 1));
        assertThat(first.items()).extracting(Payment::id).containsExactly(declined.id());
        assertThat(first.totalItems()).isEqualTo(2);
        assertThat(payments().processedWithin(period, new PageRequest(1, 1)).items()).extracting(Payment::id)
                .containsExactly(paid.id()).doesNotContain(pending.id(), before.id());
    }

    @Test
    void keepsWhatTheGatewayToldAndAPendingRefund() {
        Payment processing = payments().save(Payment.initiate(new PaymentId(UUID.randomUUID()), invoice(7), null, 1,
                "cus_7", NOW));
        Payment paid = payments().save(processing.inCheckoutSession("cs_7", NOW).succeeded(
                new ChargeOutcome.Captured("pi_7", "ch_7", "https://pay.example.test/receipts/7"), NOW));
        Payment refunding = payments().save(paid.refundRequested(new PendingRefund(new RefundId(UUID.randomUUID()),
                usd("5.00"), "goodwill", true, NOW), NOW));

        Payment loaded = payments().findById(paid.id()).orElseThrow();
        assertThat(loaded.gateway()).isEqualTo(new GatewayDetails("cus_7", "cs_7", "ch_7",
                "https://pay.example.test/receipts/7"));
        assertThat(loaded.pendingRefund()).isEqualTo(refunding.pendingRefund());
        assertThat(loaded.refundable()).isEqualTo(refunding.refundable());
    }

    @Test
    void listsTheUnsettledLeftAloneLongEnoughLeastRecentlyChangedFirst() {
        Payment older = payments().save(payment(invoice(8), 1, NOW));
        Payment newer = payments().save(payment(invoice(9), 1, NOW.plusSeconds(60)));
        payments().save(payment(invoice(10), 1, NOW).succeeded("pi_10", NOW));
        Payment refunding = payments().save(payment(invoice(11), 1, NOW).succeeded("pi_11", NOW));
        payments().save(refunding.refundRequested(new PendingRefund(new RefundId(UUID.randomUUID()), usd("1.00"),
                "goodwill", true, NOW.plusSeconds(30)), NOW.plusSeconds(30)));

        assertThat(payments().unsettled(NOW.plusSeconds(61), 10)).extracting(Payment::id)
                .containsExactly(older.id(), refunding.id(), newer.id());
        assertThat(payments().unsettled(NOW.plusSeconds(60), 10)).extracting(Payment::id)
                .containsExactly(older.id(), refunding.id());
        assertThat(payments().unsettled(NOW.plusSeconds(61), 1)).extracting(Payment::id).containsExactly(older.id());
    }
}
