package org.namc.persistence.jpa.billing;

import java.util.Objects;
import org.namc.billing.domain.BillingPeriod;
import org.namc.billing.domain.InvoicePurpose;
import org.namc.billing.domain.ItemRef;
import org.namc.billing.domain.SubscriptionId;

/** Writes an {@link InvoicePurpose} into the purpose columns of an invoice row and reads it back. */
final class InvoicePurposeColumns {
    private InvoicePurposeColumns() {
    }

    static void copyInto(InvoicePurpose purpose, InvoiceJpaEntity entity) {
        if (purpose instanceof InvoicePurpose.SubscriptionPeriod period) {
            entity.purpose = InvoicePurposeKind.SUBSCRIPTION_PERIOD;
            entity.subscriptionId = period.subscription().value();
            entity.tier = period.tier();
            copyPeriod(period.period(), entity);
        } else if (purpose instanceof InvoicePurpose.TierChange change) {
            entity.purpose = InvoicePurposeKind.TIER_CHANGE;
            entity.subscriptionId = change.subscription().value();
            entity.previousTier = change.fromTier();
            entity.tier = change.toTier();
            copyPeriod(change.rest(), entity);
        } else if (purpose instanceof InvoicePurpose.Purchase purchase) {
            entity.purpose = InvoicePurposeKind.PURCHASE;
            entity.itemKind = purchase.item().kind();
            entity.itemId = purchase.item().id();
        } else {
            entity.purpose = InvoicePurposeKind.MANUAL;
        }
    }

    static InvoicePurpose toDomain(InvoiceJpaEntity entity) {
        return switch (entity.purpose) {
            case MANUAL -> new InvoicePurpose.Manual();
            case SUBSCRIPTION_PERIOD -> new InvoicePurpose.SubscriptionPeriod(subscription(entity),
                    Objects.requireNonNull(entity.tier), period(entity));
            case TIER_CHANGE -> new InvoicePurpose.TierChange(subscription(entity),
                    Objects.requireNonNull(entity.previousTier), Objects.requireNonNull(entity.tier), period(entity));
            case PURCHASE -> new InvoicePurpose.Purchase(new ItemRef(Objects.requireNonNull(entity.itemKind),
                    Objects.requireNonNull(entity.itemId)));
        };
    }

    private static void copyPeriod(BillingPeriod period, InvoiceJpaEntity entity) {
        entity.periodStart = period.start();
        entity.periodEnd = period.end();
    }

    private static SubscriptionId subscription(InvoiceJpaEntity entity) {
        return new SubscriptionId(Objects.requireNonNull(entity.subscriptionId));
    }

    private static BillingPeriod period(InvoiceJpaEntity entity) {
        return new BillingPeriod(Objects.requireNonNull(entity.periodStart), Objects.requireNonNull(entity.periodEnd));
    }
}
