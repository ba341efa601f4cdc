package org.namc.events.domain;

import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.GeoPoint;
import org.namc.shared.domain.PostalAddress;
import org.namc.shared.domain.Violations;

/** Where an in-person event takes place. */
public record Venue(String name, @Nullable PostalAddress address, @Nullable GeoPoint coordinates) {
    public Venue {
        Violations.collect().notBlank(name, "name", 200).throwIfAny();
        name = name.strip();
    }
}
