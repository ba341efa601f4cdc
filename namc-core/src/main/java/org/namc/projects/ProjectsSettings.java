package org.namc.projects;

import java.time.Duration;
import java.util.Currency;
import java.util.Objects;
import org.namc.projects.matching.MatchWeights;

/**
 * Settings a host may tune; every one has a default.
 *
 * @param weights                  the matching weights ({@link MatchWeights#defaults()})
 * @param currency                 the one currency of budgets, bonds and insurance (USD)
 * @param candidateRefresh         how old the member ranking index may grow before profile
 *                                 edits are picked up (1 minute; registrations, deletions and
 *                                 recorded qualifications rebuild it at once)
 * @param rankingWindow            how many search hits ranking projects for a member scores
 *                                 (2,000, most relevant and newest first)
 */
public record ProjectsSettings(MatchWeights weights, Currency currency, Duration candidateRefresh, int rankingWindow) {
    public ProjectsSettings {
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(candidateRefresh, "candidateRefresh");
        if (candidateRefresh.isNegative() || rankingWindow < 1) {
            throw new IllegalArgumentException("candidateRefresh must not be negative, rankingWindow at least 1");
        }
    }

    public static ProjectsSettings defaults() {
        return new ProjectsSettings(MatchWeights.defaults(), Currency.getInstance("USD"), Duration.ofMinutes(1), 2_000);
    }

    public ProjectsSettings withWeights(MatchWeights newWeights) {
        return new ProjectsSettings(newWeights, currency, candidateRefresh, rankingWindow);
    }
}
