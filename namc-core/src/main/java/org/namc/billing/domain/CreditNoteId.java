package org.namc.billing.domain;

import java.util.Objects;
import java.util.UUID;
import org.namc.shared.domain.Ids;

/** The identity of a credit note. */
public record CreditNoteId(UUID value) {
    public CreditNoteId {
        Objects.requireNonNull(value, "value");
    }

    public static CreditNoteId of(String value) {
        return new CreditNoteId(Ids.parse(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
