package org.namc.billing;

/** How a refund went. */
public sealed interface RefundResult {

    PaymentView payment();

    record Refunded(PaymentView payment, CreditNoteView creditNote) implements RefundResult {
    }

    /** The gateway refused; nothing changed. {@code code} is the gateway's. */
    record Rejected(PaymentView payment, String code, String message) implements RefundResult {
    }
}
