package org.namc.billing.domain;

import java.util.Objects;
import org.namc.shared.domain.Violations;

/** A course or an event, by the id its own context gives it. */
public record ItemRef(ItemKind kind, String id) {
    public ItemRef {
        Objects.requireNonNull(kind, "kind");
        Violations.collect().notBlank(id, "id", 100).throwIfAny();
        id = id.strip();
    }

    public static ItemRef course(String id) {
        return new ItemRef(ItemKind.COURSE, id);
    }

    public static ItemRef event(String id) {
        return new ItemRef(ItemKind.EVENT, id);
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + " " + id;
    }
}
