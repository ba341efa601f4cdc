package org.namc.billing;

import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.MemberId;

/** A member's billing account: whether a payment method is on file, and its last characters. */
public record BillingAccountView(MemberId member, boolean hasPaymentMethod, @Nullable String paymentMethodHint) {
}
