package org.namc.persistence.jpa.shared;

import java.net.URI;
import org.jspecify.annotations.Nullable;

/** Conversions between nullable column values and the core's types that several mappers make. */
public final class Columns {
    private Columns() {
    }

    /** The text of {@code value}, or {@code null} for none. */
    public static @Nullable String text(@Nullable Object value) {
        return value == null ? null : value.toString();
    }

    /** The URI a text column holds, or {@code null} for none. */
    public static @Nullable URI uri(@Nullable String value) {
        return value == null ? null : URI.create(value);
    }
}
