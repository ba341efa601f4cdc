package org.namc.billing.domain;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The invoice a subscription waits to see paid: how often collecting it failed, when to act
 * next (retry it when past due, give up on it when it is the first payment), and whether an
 * attempt is with the gateway for confirmation, in which case nothing is done until it answers.
 */
public record PaymentDue(InvoiceId invoice, int failedAttempts, @Nullable Instant nextActionAt, boolean confirming) {
    public PaymentDue {
        Objects.requireNonNull(invoice, "invoice");
        if (failedAttempts < 0) {
            throw new IllegalArgumentException("failedAttempts must not be negative");
        }
    }

    /** Just issued and being charged. */
    public static PaymentDue awaiting(InvoiceId invoice) {
        return new PaymentDue(invoice, 0, null, false);
    }

    /** One more failure; act again at {@code next} (null: nothing more to try). */
    public PaymentDue failedOnce(@Nullable Instant next) {
        return new PaymentDue(invoice, failedAttempts + 1, next, false);
    }

    public PaymentDue awaitingConfirmation() {
        return new PaymentDue(invoice, failedAttempts, nextActionAt, true);
    }
}
