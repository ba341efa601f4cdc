package org.namc.billing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.namc.billing.domain.Discount;
import org.namc.billing.domain.InvoiceId;

/** Replaces a draft's lines, discount and terms; an issued invoice cannot be revised. */
public record ReviseDraft(@NotNull InvoiceId invoice, @NotNull @Size(max = 100) List<@Valid InvoiceLine> lines,
                          @Nullable Discount discount, @Min(0) @Max(365) int daysUntilDue) {
}
