package org.namc.billing.domain;

import java.time.Instant;
import java.util.Objects;
import org.namc.shared.domain.Money;

/**
 * A refund recorded before the gateway is asked: it holds its amount back from what can still be
 * refunded, so two refunds cannot together exceed the capture, and keeps its id, from which the
 * gateway call's idempotency key is derived, so a reconcile run repeats no refund.
 *
 * @param takesBack whether settling it also takes back what the payment bought (a refund by
 *                  staff), unlike the credit of a tier change
 */
public record PendingRefund(RefundId id, Money amount, String reason, boolean takesBack, Instant requestedAt) {
    public PendingRefund {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(requestedAt, "requestedAt");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a refund gives back more than nothing");
        }
    }

    public IdempotencyKey key() {
        return IdempotencyKey.of("refund", id);
    }
}
