package org.namc.events.domain;

import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.Violations;

public record Sponsor(String name, @Nullable String tier, @Nullable URI website, @Nullable URI logo) {
    public Sponsor {
        Violations.collect().notBlank(name, "name", 200).maxLength(tier, "tier", 50).throwIfAny();
    }

    public static Sponsor named(String name) {
        return new Sponsor(name, null, null, null);
    }
}
