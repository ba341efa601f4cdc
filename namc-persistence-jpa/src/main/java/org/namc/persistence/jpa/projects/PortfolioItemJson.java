package org.namc.persistence.jpa.projects;

import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.namc.projects.domain.PortfolioItem;

/** An entry of {@code project_applications.portfolio_items}. */
record PortfolioItemJson(String title, @Nullable String description, @Nullable Integer year,
                         @Nullable MoneyJson value, @Nullable String link) {

    static PortfolioItemJson of(PortfolioItem item) {
        return new PortfolioItemJson(item.title(), item.description(), item.year(), MoneyJson.of(item.value()),
                item.link() == null ? null : item.link().toString());
    }

    PortfolioItem toDomain() {
        return new PortfolioItem(title, description, year, MoneyJson.toDomain(value),
                link == null ? null : URI.create(link));
    }
}
