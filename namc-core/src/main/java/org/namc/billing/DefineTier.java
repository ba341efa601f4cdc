package org.namc.billing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Adds a tier; {@code code} (upper-cased) is what members' memberships name. */
public record DefineTier(@NotBlank @Size(max = 50) String code, @NotNull @Valid TierDetails details) {
}
