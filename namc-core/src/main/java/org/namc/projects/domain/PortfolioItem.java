package org.namc.projects.domain;

import org.namc.shared.domain.ViolationRule;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.Money;
import org.namc.shared.domain.Violations;

/** Past work the applicant points to. */
public record PortfolioItem(String title, @Nullable String description, @Nullable Integer year,
                            @Nullable Money value, @Nullable URI link) {
    public PortfolioItem {
        Violations.collect()
                .notBlank(title, "title", 200)
                .maxLength(description, "description", 2_000)
                .check(year == null || year >= 1900 && year <= 2200, "year", ViolationRule.RANGE, "must be a plausible year")
                .check(value == null || !value.isNegative(), "value", ViolationRule.RANGE, "must not be negative")
                .check(link == null || "https".equalsIgnoreCase(link.getScheme())
                        || "http".equalsIgnoreCase(link.getScheme()), "link", "url", "must be an http(s) address")
                .throwIfAny();
        title = title.strip();
    }
}
