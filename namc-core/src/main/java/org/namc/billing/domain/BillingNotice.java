package org.namc.billing.domain;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Money;

/** What billing tells a member about money: each dunning step, and the end of a trial without a card. */
public sealed interface BillingNotice {

    MemberId member();

    /**
     * Collecting an invoice failed; another attempt follows at {@code nextAttemptAt} unless it is
     * null. {@code needsAuthentication}: the bank wants the member to confirm the payment
     * themselves (3-D Secure on a renewal), so the message links to paying the invoice in person.
     */
    record PaymentFailed(MemberId member, InvoiceNumber invoice, Money amount, int attempt, String reason,
                         @Nullable Instant nextAttemptAt, boolean needsAuthentication) implements BillingNotice {
        public PaymentFailed {
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(invoice, "invoice");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(reason, "reason");
        }

        public PaymentFailed(MemberId member, InvoiceNumber invoice, Money amount, int attempt, String reason,
                             @Nullable Instant nextAttemptAt) {
            this(member, invoice, amount, attempt, reason, nextAttemptAt, false);
        }
    }

    /** A past-due invoice was paid after all; the subscription is active again. */
    record PaymentRecovered(MemberId member, InvoiceNumber invoice, Money amount) implements BillingNotice {
        public PaymentRecovered {
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(invoice, "invoice");
            Objects.requireNonNull(amount, "amount");
        }
    }

    /** The last retry failed: the subscription is now UNPAID or CANCELED, and the membership runs out. */
    record SubscriptionSuspended(MemberId member, SubscriptionId subscription, SubscriptionStatus status,
                                 InvoiceNumber invoice) implements BillingNotice {
        public SubscriptionSuspended {
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(subscription, "subscription");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(invoice, "invoice");
        }
    }

    /** The trial ended and no payment method was on file, so the subscription ended with it. */
    record TrialEndedWithoutPaymentMethod(MemberId member, SubscriptionId subscription, Instant endedAt)
            implements BillingNotice {
        public TrialEndedWithoutPaymentMethod {
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(subscription, "subscription");
            Objects.requireNonNull(endedAt, "endedAt");
        }
    }
}
