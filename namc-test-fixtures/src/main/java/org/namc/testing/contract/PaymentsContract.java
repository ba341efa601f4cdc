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
import org.namc.billing.domain.CreditNoteId;
import org.namc.billing.domain.Invoice;
import org.namc.billing.domain.Payment;
import org.namc.billing.domain.Refund;
import org.namc.billing.domain.RefundId;
import org.namc.billing.spi.Payments;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.PageRequest;

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
        Payment refunded = paid.refunded(new Refund(new RefundId(UUID.randomUUID()), usd("10.00"), "goodwill", "re_1",
                new CreditNoteId(UUID.randomUUID()), NOW), NOW);

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
}
