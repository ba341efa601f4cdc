package org.namc.billing.domain;

import java.util.Objects;

/** What an invoice is for, and so what its payment brings about. */
public sealed interface InvoicePurpose {

    PaymentKind paymentKind();

    /** Issued by staff by hand; paying it changes nothing else. */
    record Manual() implements InvoicePurpose {
        @Override
        public PaymentKind paymentKind() {
            return PaymentKind.OTHER;
        }
    }

    /** One period of a subscription at one tier; paying it extends the membership over the period. */
    record SubscriptionPeriod(SubscriptionId subscription, String tier, BillingPeriod period)
            implements InvoicePurpose {
        public SubscriptionPeriod {
            Objects.requireNonNull(subscription, "subscription");
            Objects.requireNonNull(tier, "tier");
            Objects.requireNonNull(period, "period");
        }

        @Override
        public PaymentKind paymentKind() {
            return PaymentKind.MEMBERSHIP;
        }
    }

    /** A mid-period change of tier; settling it puts the rest of the period at the new tier. */
    record TierChange(SubscriptionId subscription, String fromTier, String toTier, BillingPeriod rest)
            implements InvoicePurpose {
        public TierChange {
            Objects.requireNonNull(subscription, "subscription");
            Objects.requireNonNull(fromTier, "fromTier");
            Objects.requireNonNull(toTier, "toTier");
            Objects.requireNonNull(rest, "rest");
        }

        @Override
        public PaymentKind paymentKind() {
            return PaymentKind.MEMBERSHIP;
        }
    }

    /** A course or an event; paying it tells that context through the purchasables port. */
    record Purchase(ItemRef item) implements InvoicePurpose {
        public Purchase {
            Objects.requireNonNull(item, "item");
        }

        @Override
        public PaymentKind paymentKind() {
            return item.kind() == ItemKind.COURSE ? PaymentKind.COURSE : PaymentKind.EVENT;
        }
    }
}
