package org.namc.billing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.namc.shared.domain.MemberId;

/** Removes one of the member's saved payment methods (the gateway's {@code pm_...}); when it was the default, none is left on file. */
public record RemovePaymentMethod(@NotNull MemberId member, @NotBlank @Size(max = 255) String paymentMethod) {
}
