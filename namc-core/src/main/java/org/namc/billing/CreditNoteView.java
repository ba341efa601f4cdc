package org.namc.billing;

import java.time.Instant;
import org.namc.billing.domain.CreditNoteId;
import org.namc.billing.domain.InvoiceId;
import org.namc.billing.domain.PaymentId;
import org.namc.shared.domain.Money;

/** A credit note: a refund documented against an invoice. */
public record CreditNoteView(CreditNoteId id, String number, InvoiceId invoice, PaymentId payment, Money amount,
                             String reason, Instant issuedAt) {
}
