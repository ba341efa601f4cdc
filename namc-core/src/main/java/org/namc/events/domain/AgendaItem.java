package org.namc.events.domain;

import java.time.LocalTime;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.Violations;

/** One slot of the programme, in the event's local time. */
public record AgendaItem(LocalTime startsAt, @Nullable LocalTime endsAt, String title, @Nullable String speaker) {
    public AgendaItem {
        Violations.collect()
                .required(startsAt, "startsAt")
                .notBlank(title, "title", 200)
                .maxLength(speaker, "speaker", 200)
                .check(endsAt == null || startsAt == null || endsAt.isAfter(startsAt), "endsAt", "after",
                        "must be after the start")
                .throwIfAny();
    }
}
