package org.namc.projects.domain;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.Violations;

/**
 * What the project is. A draft may lack a description; publishing requires one. Title,
 * description, keywords and the contact's organisation are what full-text search reads.
 */
public record ProjectBrief(String title, @Nullable String description, ProjectCategory category,
                           @Nullable String subcategory, List<String> sectors, List<String> keywords) {

    public ProjectBrief {
        Violations violations = Violations.collect()
                .singleLineText(title, "title", 200)
                .maxLength(description, "description", 20_000)
                .required(category, "category")
                .maxLength(subcategory, "subcategory", 100);
        TextLists.check(violations, sectors, "sectors", 20, 100);
        TextLists.check(violations, keywords, "keywords", 50, 100);
        violations.throwIfAny();
        Objects.requireNonNull(category, "category");
        title = title.strip();
        description = description == null || description.isBlank() ? null : description.strip();
        subcategory = subcategory == null || subcategory.isBlank() ? null : subcategory.strip();
        sectors = TextLists.distinct(sectors);
        keywords = TextLists.distinct(keywords);
    }

    public static ProjectBrief of(String title, String description, ProjectCategory category) {
        return new ProjectBrief(title, description, category, null, List.of(), List.of());
    }
}
