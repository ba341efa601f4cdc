package org.namc.persistence.jpa.insights;

import jakarta.persistence.Tuple;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.namc.insights.domain.AiInteraction;
import org.namc.insights.domain.AiInteractionId;
import org.namc.insights.domain.RatingTally;
import org.namc.insights.spi.AiInteractions;
import org.namc.persistence.jpa.shared.DatabaseErrors;
import org.namc.persistence.jpa.shared.JpaTransactions;
import org.namc.persistence.jpa.shared.Pages;
import org.namc.persistence.jpa.shared.RowWrites;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;

/**
 * AI interactions in {@code ai_feedback}. Rating again replaces the earlier feedback, so a
 * concurrent second rating simply wins; nothing here is counted from a value read before.
 */
public final class JpaAiInteractions implements AiInteractions {
    /** One row per model version, summed by the database in one statement. */
    private static final String TALLIES = """
            select i.modelVersion as version, count(*) as interactions,
                   count(*) filter (where i.rating = 1) as r1, count(*) filter (where i.rating = 2) as r2,
                   count(*) filter (where i.rating = 3) as r3, count(*) filter (where i.rating = 4) as r4,
                   count(*) filter (where i.rating = 5) as r5,
                   count(*) filter (where i.accurate = true) as accurateYes, count(i.accurate) as accurateAnswered,
                   count(*) filter (where i.helpful = true) as helpfulYes, count(i.helpful) as helpfulAnswered
            from AiInteractionJpaEntity i where i.feature = :feature
            group by i.modelVersion
            order by collate(i.modelVersion as ucs_basic) nulls first
            """;

    private final JpaTransactions transactions;

    public JpaAiInteractions(JpaTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public void save(AiInteraction interaction) {
        transactions.withEntityManager(em -> {
            RowWrites.insertOrUpdate(em, AiInteractionJpaEntity.class, interaction.id().value(),
                    AiInteractionJpaEntity::new, row -> InsightsMapper.copyInto(interaction, row),
                    DatabaseErrors::translate);
            return null;
        });
    }

    @Override
    public Optional<AiInteraction> findById(AiInteractionId id) {
        return transactions.withEntityManager(em ->
                Optional.ofNullable(em.find(AiInteractionJpaEntity.class, id.value())).map(InsightsMapper::toDomain));
    }

    /** Two statements: the count and the page (newest first, then by id, as {@code idx_ai_feedback_feature} serves). */
    @Override
    public Page<AiInteraction> byFeature(String feature, PageRequest page) {
        return transactions.withEntityManager(em -> Pages.of(
                em.createQuery("select count(i) from AiInteractionJpaEntity i where i.feature = :feature", Long.class)
                        .setParameter("feature", feature),
                em.createQuery("""
                                select i from AiInteractionJpaEntity i where i.feature = :feature
                                order by i.createdAt desc, i.id desc""", AiInteractionJpaEntity.class)
                        .setParameter("feature", feature),
                page, InsightsMapper::toDomain));
    }

    @Override
    public List<RatingTally> talliesFor(String feature) {
        return transactions.withEntityManager(em -> em.createQuery(TALLIES, Tuple.class)
                .setParameter("feature", feature)
                .getResultStream()
                .map(row -> new RatingTally(feature, row.get("version", String.class),
                        count(row, "interactions"),
                        List.of(count(row, "r1"), count(row, "r2"), count(row, "r3"), count(row, "r4"), count(row, "r5")),
                        count(row, "accurateYes"), count(row, "accurateAnswered"),
                        count(row, "helpfulYes"), count(row, "helpfulAnswered")))
                .toList());
    }

    private static long count(Tuple row, String alias) {
        return row.get(alias, Long.class);
    }
}
