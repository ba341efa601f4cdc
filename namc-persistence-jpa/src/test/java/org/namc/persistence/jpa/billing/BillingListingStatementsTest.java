package org.namc.persistence.jpa.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.persistence.jpa.billing.BillingTestRows.NOW;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.namc.billing.domain.CreditNoteId;
import org.namc.billing.domain.Invoice;
import org.namc.billing.domain.Payment;
import org.namc.billing.domain.PaymentId;
import org.namc.billing.domain.PendingRefund;
import org.namc.billing.domain.Refund;
import org.namc.billing.domain.RefundId;
import org.namc.persistence.jpa.JpaPersistence;
import org.namc.persistence.jpa.TestSchema;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Money;
import org.namc.shared.domain.PageRequest;

/**
 * A member's invoices and payments cost the same statements for 2 rows as for 40: lines and
 * refunds live in their rows' jsonb documents, so nothing is loaded per row.
 */
class BillingListingStatementsTest {
    @RegisterExtension
    static final TestSchema db = new TestSchema();

    private MemberId member;
    private long sequence;

    @BeforeEach
    void oneMember() {
        db.truncateAll();
        member = BillingTestRows.member(persistence());
    }

    @Test
    void listingInvoicesDoesNotQueryOncePerInvoice() {
        saveRefundedPayments(2);
        long fewRows = statementsOf(() -> persistence().invoices().forMember(member, PageRequest.first(100)).items());
        saveRefundedPayments(38);
        long manyRows = statementsOf(() -> persistence().invoices().forMember(member, PageRequest.first(100)).items());

        assertThat(fewRows).isPositive();
        assertThat(manyRows).isEqualTo(fewRows);
    }

    @Test
    void listingPaymentsDoesNotQueryOncePerPayment() {
        saveRefundedPayments(2);
        long fewRows = statementsOf(() -> persistence().payments().forMember(member, PageRequest.first(100)).items());
        saveRefundedPayments(38);
        long manyRows = statementsOf(() -> persistence().payments().forMember(member, PageRequest.first(100)).items());

        assertThat(fewRows).isPositive();
        assertThat(manyRows).isEqualTo(fewRows);
    }

    private long statementsOf(Supplier<List<?>> listing) {
        return db.statementsOf(() -> assertThat(persistence().transactions().inTransaction(listing)).isNotEmpty());
    }

    private void saveRefundedPayments(int count) {
        for (int i = 0; i < count; i++) {
            Invoice invoice = persistence().invoices().save(BillingTestRows.issuedInvoice(member, ++sequence, NOW));
            Payment paid = Payment.initiate(new PaymentId(UUID.randomUUID()), invoice, null, 1, NOW)
                    .succeeded("pi_" + sequence, NOW);
            RefundId refund = new RefundId(UUID.randomUUID());
            Money five = Money.of("5.00", "USD");
            persistence().payments().save(paid.refundRequested(new PendingRefund(refund, five, "goodwill", true, NOW),
                    NOW).refunded(new Refund(refund, five, "goodwill", "re_" + sequence,
                    new CreditNoteId(UUID.randomUUID()), NOW), NOW));
        }
    }

    private static JpaPersistence persistence() {
        return db.persistence();
    }
}
