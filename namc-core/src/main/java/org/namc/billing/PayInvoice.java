package org.namc.billing;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.namc.billing.domain.InvoiceId;

/** Pays an open invoice with {@code paymentMethod}, or the method on file when it is null. */
public record PayInvoice(@NotNull InvoiceId invoice, @Nullable @Size(max = 255) String paymentMethod) {
}
