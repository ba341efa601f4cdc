package org.namc.billing;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.namc.billing.domain.ItemRef;
import org.namc.shared.domain.MemberId;

/** Buys a course or an event place at its current price, invoiced and charged in one go. */
public record PurchaseItem(@NotNull MemberId member, @NotNull ItemRef item,
                           @Nullable @Size(max = 255) String paymentMethod) {
}
