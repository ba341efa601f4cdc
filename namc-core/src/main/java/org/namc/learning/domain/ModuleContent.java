package org.namc.learning.domain;

import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.Violations;

/** What an author writes about a module. */
public record ModuleContent(String title, @Nullable String description) {
    public ModuleContent {
        Violations.collect().notBlank(title, "title", 200).maxLength(description, "description", 5_000).throwIfAny();
        title = title.strip();
        description = description == null || description.isBlank() ? null : description.strip();
    }

    public static ModuleContent titled(String title) {
        return new ModuleContent(title, null);
    }
}
