package org.namc.billing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.namc.shared.domain.MemberId;

/**
 * Puts a payment method on file, charged by default from now on. {@code paymentMethod} is the
 * gateway's token for it (Stripe's {@code pm_...}), collected by the gateway's own form: card
 * numbers never pass through the portal.
 */
public record SetPaymentMethod(@NotNull MemberId member, @NotBlank @Size(max = 255) String paymentMethod) {
}
