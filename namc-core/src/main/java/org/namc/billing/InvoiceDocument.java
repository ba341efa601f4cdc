package org.namc.billing;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Everything a printed invoice, receipt or credit note shows: the invoice with its lines and
 * figures as billing computed them, who it is billed to, its payment attempts (with what was
 * refunded of each) and its credit notes. A credit note document also names the note it is
 * for. Built by {@link BillingApi#invoiceDocument}, {@link BillingApi#receiptDocument} and
 * {@link BillingApi#creditNoteDocument}; rendered by an {@link InvoiceRenderer}.
 */
public record InvoiceDocument(Kind kind, InvoiceView invoice, BilledTo billedTo, List<PaymentView> payments,
                              @Nullable CreditNoteView creditNote) {

    public enum Kind {
        INVOICE,
        /** A paid invoice. */
        RECEIPT,
        /** A refund documented against a paid invoice. */
        CREDIT_NOTE
    }

    public InvoiceDocument {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(invoice, "invoice");
        Objects.requireNonNull(billedTo, "billedTo");
        payments = List.copyOf(payments);
        if ((kind == Kind.CREDIT_NOTE) != (creditNote != null)) {
            throw new IllegalArgumentException("a credit note document, and only one, names its credit note");
        }
    }
}
