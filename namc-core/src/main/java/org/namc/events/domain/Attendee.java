package org.namc.events.domain;

import java.util.LinkedHashMap;
import java.util.Collections;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.Violations;

/** What a registrant tells the organisers, and whether they want reminders and a follow-up. */
public record Attendee(@Nullable String dietaryRestrictions, @Nullable String accessibilityNeeds,
                       @Nullable EmergencyContact emergencyContact, Map<String, String> customFields,
                       boolean wantsReminders, boolean wantsFollowUp) {
    public Attendee {
        Violations.collect().maxLength(dietaryRestrictions, "dietaryRestrictions", 1000)
                .maxLength(accessibilityNeeds, "accessibilityNeeds", 1000)
                .maxSize(customFields == null ? null : customFields.keySet(), "customFields", 50)
                .throwIfAny();
        customFields = Collections.unmodifiableMap(new LinkedHashMap<>(customFields));
    }

    public static Attendee standard() {
        return new Attendee(null, null, null, Map.of(), true, true);
    }
}
