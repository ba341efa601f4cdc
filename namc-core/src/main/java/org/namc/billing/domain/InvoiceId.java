package org.namc.billing.domain;

import java.util.Objects;
import java.util.UUID;
import org.namc.shared.domain.Ids;

/** The identity of an invoice. */
public record InvoiceId(UUID value) {
    public InvoiceId {
        Objects.requireNonNull(value, "value");
    }

    public static InvoiceId of(String value) {
        return new InvoiceId(Ids.parse(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
