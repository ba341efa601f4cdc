package org.namc.billing;

import org.namc.billing.domain.InvoiceAmounts;
import org.namc.billing.domain.Proration;
import org.namc.billing.domain.SubscriptionId;

/**
 * What an immediate change of tier would invoice, computed by the very code the change runs:
 * the same proration, lines and figures, as long as nothing changes in between (the day, the
 * tier's price).
 */
public record TierChangePreview(SubscriptionId subscription, String fromTier, String toTier, Proration proration,
                                InvoiceAmounts invoice) {
}
