package org.namc.events.domain;

import org.namc.shared.domain.ViolationRule;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.Violations;

/** What an event is about and who is in it: the descriptive part of the seed's {@code events} row. */
public record EventDetails(String title, String description, @Nullable String shortDescription,
                           EventCategory category, List<String> tags, List<String> audience,
                           @Nullable URI featuredImage, List<AgendaItem> agenda, List<Speaker> speakers,
                           List<Sponsor> sponsors, boolean featured) {
    public EventDetails {
        Violations.collect()
                .singleLineText(title, "title", 200)
                .notBlank(description, "description", 20_000)
                .maxLength(shortDescription, "shortDescription", 500)
                .required(category, "category")
                .maxSize(tags, "tags", 30)
                .check(tags == null || tags.stream().allMatch(t -> t != null && !t.isBlank() && t.strip().length() <= 50),
                        "tags", ViolationRule.FORMAT, "each tag must be 1 to 50 characters")
                .maxSize(audience, "audience", 30)
                .check(audience == null || audience.stream().allMatch(a -> a != null && !a.isBlank()),
                        "audience", ViolationRule.FORMAT, "must not be blank")
                .maxSize(agenda, "agenda", 100)
                .maxSize(speakers, "speakers", 100)
                .maxSize(sponsors, "sponsors", 100)
                .throwIfAny();
        title = title.strip();
        description = description.strip();
        tags = List.copyOf(new LinkedHashSet<>(tags.stream().map(t -> t.strip().toLowerCase(Locale.ROOT)).toList()));
        audience = List.copyOf(new LinkedHashSet<>(audience.stream().map(String::strip).toList()));
        agenda = List.copyOf(agenda);
        speakers = List.copyOf(speakers);
        sponsors = List.copyOf(sponsors);
    }

    public static EventDetails of(String title, String description, EventCategory category) {
        return new EventDetails(title, description, null, category, List.of(), List.of(), null, List.of(), List.of(),
                List.of(), false);
    }
}
