package org.namc.billing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.namc.billing.domain.SubscriptionId;

/** Moves a subscription to another tier, now or at the end of the period. */
public record ChangeSubscriptionTier(@NotNull SubscriptionId subscription, @NotBlank @Size(max = 50) String tier,
                                     @NotNull ChangeTiming timing) {
}
