package org.namc.projects.domain;

import org.namc.shared.domain.ViolationRule;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.Violations;

/**
 * Where a project came from: entered by hand ({@link #MANUAL}) or imported from a public
 * source such as SAM.gov or Caltrans under that source's own id. Imports are idempotent on
 * the pair. Source names are kept in a canonical form ({@code "SAM.gov"} becomes {@code SAM_GOV}).
 */
public record ProjectOrigin(String source, @Nullable String externalId) {
    public static final String MANUAL = "MANUAL";

    public ProjectOrigin {
        Violations.collect()
                .notBlank(source, "source", 50)
                .maxLength(externalId, "externalId", 200)
                .throwIfAny();
        source = canonicalSource(source);
        externalId = externalId == null || externalId.isBlank() ? null : externalId.strip();
        Violations.collect()
                .check(!source.isEmpty(), "source", ViolationRule.FORMAT, "must contain letters or digits")
                .check(source.equals(MANUAL) == (externalId == null), "externalId", ViolationRule.REQUIRED,
                        "an imported project needs its source's id, and a manual one has none")
                .throwIfAny();
    }

    public static ProjectOrigin manual() {
        return new ProjectOrigin(MANUAL, null);
    }

    public static ProjectOrigin imported(String source, String externalId) {
        return new ProjectOrigin(source, externalId);
    }

    public boolean isImported() {
        return externalId != null;
    }

    public static String canonicalSource(String source) {
        String upper = source.strip().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
        return upper.replaceAll("^_+|_+$", "");
    }
}
