package org.namc.testing.inmemory;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.namc.insights.domain.AiInteraction;
import org.namc.insights.domain.AiInteractionId;
import org.namc.insights.domain.RatingTally;
import org.namc.insights.spi.AiInteractions;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;

/** AI interactions in memory; tallies are summed the way a GROUP BY would. */
public final class InMemoryAiInteractions implements AiInteractions {
    private static final String NO_VERSION = "";

    private final InMemoryTable<AiInteractionId, AiInteraction> table;

    public InMemoryAiInteractions(InMemoryTransactions transactions) {
        this.table = new InMemoryTable<>(transactions);
    }

    @Override
    public void save(AiInteraction interaction) {
        table.put(interaction.id(), interaction);
    }

    @Override
    public Optional<AiInteraction> findById(AiInteractionId id) {
        return table.get(id);
    }

    @Override
    public Page<AiInteraction> byFeature(String feature, PageRequest page) {
        List<AiInteraction> found = table.where(i -> i.feature().equals(feature));
        found.sort(Comparator.comparing(AiInteraction::createdAt).thenComparing(i -> i.id().value()).reversed());
        return Page.slice(found, page);
    }

    @Override
    public List<RatingTally> talliesFor(String feature) {
        Map<String, RatingTally> byVersion = new TreeMap<>();
        for (AiInteraction i : table.where(i -> i.feature().equals(feature))) {
            String key = i.modelVersion() == null ? NO_VERSION : i.modelVersion();
            byVersion.computeIfAbsent(key, k -> RatingTally.empty(feature, i.modelVersion()));
            byVersion.put(key, byVersion.get(key).plus(i));
        }
        return List.copyOf(byVersion.values());
    }
}
