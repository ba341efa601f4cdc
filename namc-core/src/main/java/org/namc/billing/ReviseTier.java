package org.namc.billing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Replaces a tier's offer and sets whether it is still sold. Invoices already issued keep their
 * prices; subscriptions pay the new price from their next period.
 */
public record ReviseTier(@NotBlank @Size(max = 50) String code, @NotNull @Valid TierDetails details, boolean active) {
}
