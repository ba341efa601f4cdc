package org.namc.events.domain;

import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.Violations;

public record Speaker(String name, @Nullable String title, @Nullable String company, @Nullable String bio,
                      @Nullable URI photo) {
    public Speaker {
        Violations.collect().notBlank(name, "name", 200).maxLength(title, "title", 200)
                .maxLength(company, "company", 200).maxLength(bio, "bio", 5000).throwIfAny();
    }

    public static Speaker named(String name) {
        return new Speaker(name, null, null, null, null);
    }
}
