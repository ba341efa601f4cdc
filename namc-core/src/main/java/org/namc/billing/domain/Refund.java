package org.namc.billing.domain;

import java.time.Instant;
import java.util.Objects;
import org.namc.shared.domain.Money;

/** Money given back on a payment, with the credit note that documents it. */
public record Refund(RefundId id, Money amount, String reason, String gatewayRefundId, CreditNoteId creditNote,
                     Instant refundedAt) {
    public Refund {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(gatewayRefundId, "gatewayRefundId");
        Objects.requireNonNull(creditNote, "creditNote");
        Objects.requireNonNull(refundedAt, "refundedAt");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a refund gives back more than nothing");
        }
    }
}
