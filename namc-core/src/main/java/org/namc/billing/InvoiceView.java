package org.namc.billing;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.namc.billing.domain.Discount;
import org.namc.billing.domain.InvoiceAmounts;
import org.namc.billing.domain.InvoiceId;
import org.namc.billing.domain.InvoiceStatus;
import org.namc.billing.domain.PaymentId;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Money;

/**
 * An invoice with its computed lines and figures ({@code total = subtotal - discount + tax}),
 * what it is for, and the credit notes issued against it.
 */
public record InvoiceView(InvoiceId id, @Nullable String number, MemberId member, InvoiceStatus status,
                          String purpose, InvoiceAmounts amounts, @Nullable Discount discount,
                          @Nullable Instant issuedAt, @Nullable Instant dueAt, @Nullable Instant paidAt,
                          @Nullable PaymentId paidBy, List<CreditNoteView> creditNotes) {

    public Money total() {
        return amounts.total();
    }

    /** What the credit notes gave back. */
    public Money credited() {
        return creditNotes.stream().map(CreditNoteView::amount).reduce(Money.zero(amounts.currency()), Money::plus);
    }
}
