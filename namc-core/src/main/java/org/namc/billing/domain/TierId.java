package org.namc.billing.domain;

import java.util.Objects;
import java.util.UUID;
import org.namc.shared.domain.Ids;

/** The identity of a membership tier. */
public record TierId(UUID value) {
    public TierId {
        Objects.requireNonNull(value, "value");
    }

    public static TierId of(String value) {
        return new TierId(Ids.parse(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
