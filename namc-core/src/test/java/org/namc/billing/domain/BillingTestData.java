package org.namc.billing.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Money;

/** Small builders for the billing domain tests; deterministic, no randomness. */
final class BillingTestData {
    static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");
    static final MemberId MEMBER = new MemberId(new UUID(0x4d454d, 1));

    private BillingTestData() {
    }

    static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    static LineItem line(String description, int quantity, String unitPrice, String taxRate) {
        return LineItem.of(description, quantity, usd(unitPrice), new BigDecimal(taxRate));
    }

    static Instant at(String iso) {
        return Instant.parse(iso);
    }

    static InvoiceId invoiceId(long n) {
        return new InvoiceId(new UUID(0x494e56, n));
    }

    static SubscriptionId subscriptionId(long n) {
        return new SubscriptionId(new UUID(0x535542, n));
    }

    static PaymentId paymentId(long n) {
        return new PaymentId(new UUID(0x504159, n));
    }

    /** An issued invoice over {@code lines}, numbered {@code NAMC-2026-<n>}. */
    static Invoice openInvoice(long n, InvoicePurpose purpose, Instant now, LineItem... lines) {
        InvoiceAmounts amounts = InvoiceCalculator.standard().calculate(java.util.Currency.getInstance("USD"),
                java.util.List.of(lines), null);
        return Invoice.draft(invoiceId(n), MEMBER, purpose, java.util.List.of(lines), null, amounts, 30, now)
                .issued(new InvoiceNumber(NumberSeries.INVOICE, 2026, n), now);
    }

    /** A payment of {@code invoice} the gateway captured. */
    static Payment capturedPayment(long n, Invoice invoice, Instant now) {
        return Payment.initiate(paymentId(n), invoice, null, 1, now).succeeded("pi_" + n, now);
    }

    /** {@code payment} after {@code refund} was recorded as pending and then went through. */
    static Payment refunded(Payment payment, Refund refund) {
        return payment.refundRequested(new PendingRefund(refund.id(), refund.amount(), refund.reason(), true,
                refund.refundedAt()), refund.refundedAt()).refunded(refund, refund.refundedAt());
    }

    static Refund refund(long n, Money amount, Instant now) {
        return new Refund(new RefundId(new UUID(0x524546, n)), amount, "test", "re_" + n,
                new CreditNoteId(new UUID(0x434e, n)), now);
    }
}
