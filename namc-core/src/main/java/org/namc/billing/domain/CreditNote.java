package org.namc.billing.domain;

import java.time.Instant;
import java.util.Objects;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Money;

/** The document for a refund: numbered in its own gap-free series, against the invoice it reduces. */
public record CreditNote(CreditNoteId id, InvoiceNumber number, MemberId member, InvoiceId invoice,
                         PaymentId payment, Money amount, String reason, Instant issuedAt) {
    public CreditNote {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(invoice, "invoice");
        Objects.requireNonNull(payment, "payment");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(issuedAt, "issuedAt");
        if (number.series() != NumberSeries.CREDIT_NOTE) {
            throw new IllegalArgumentException("credit notes are numbered in the credit-note series");
        }
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a credit note credits more than nothing");
        }
    }
}
