package org.namc.billing.domain;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A payment method saved at the gateway, as a member may see it: never a card number. */
public record SavedMethod(String id, String type, @Nullable String brand, @Nullable String last4,
                          @Nullable Integer expiryMonth, @Nullable Integer expiryYear) {
    public SavedMethod {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
    }
}
