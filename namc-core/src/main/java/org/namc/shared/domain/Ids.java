package org.namc.shared.domain;

import java.util.UUID;

/** Parsing shared by the typed ids: a malformed id is a validation failure, not a crash. */
public final class Ids {
    private Ids() {
    }

    public static UUID parse(String value) {
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw NamcException.invalid("value", "uuid", "must be a UUID");
        }
    }
}
