package org.namc.events.domain;

import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.Violations;

public record EmergencyContact(String name, String phone, @Nullable String relationship) {
    public EmergencyContact {
        Violations.collect().notBlank(name, "name", 200).notBlank(phone, "phone", 30)
                .maxLength(relationship, "relationship", 100).throwIfAny();
    }
}
