package org.namc.billing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.namc.billing.domain.Discount;
import org.namc.shared.domain.MemberId;

/** A hand-written invoice, kept as a draft until issued. {@code currency} is an ISO 4217 code. */
public record DraftInvoice(@NotNull MemberId member, @NotBlank @Size(min = 3, max = 3) String currency,
                           @NotNull @Size(max = 100) List<@Valid InvoiceLine> lines, @Nullable Discount discount,
                           @Min(0) @Max(365) int daysUntilDue) {
}
