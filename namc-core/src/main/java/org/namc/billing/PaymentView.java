package org.namc.billing;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.namc.billing.domain.InvoiceId;
import org.namc.billing.domain.PaymentId;
import org.namc.billing.domain.PaymentKind;
import org.namc.billing.domain.PaymentStatus;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Money;

/** A payment attempt, with what has been refunded of it and what still can be. */
public record PaymentView(PaymentId id, MemberId member, InvoiceId invoice, PaymentKind kind, Money amount,
                          PaymentStatus status, int attempt, @Nullable String failureCode,
                          @Nullable String failureMessage, Money refunded, Money refundable, Instant createdAt,
                          @Nullable Instant processedAt) {
}
