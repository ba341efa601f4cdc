package org.namc.persistence.jpa.insights;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.namc.insights.domain.AiModel;
import org.namc.insights.domain.AiModelId;
import org.namc.insights.domain.AiModelType;
import org.namc.insights.spi.AiModels;
import org.namc.persistence.jpa.shared.JpaTransactions;
import org.namc.persistence.jpa.shared.RowWrites;

/**
 * The model registry in {@code ai_models}. Unique names and one production model per type
 * ({@code uq_ai_models_production_type}) are the database's to guarantee; both become
 * {@code CONFLICT}.
 *
 * <p>Concurrency: inside a unit of work every read of one model locks its row until the unit
 * ends. The core counts usage by reading a model and saving it with one more request, so
 * concurrent interactions with one model queue up on that lock and every request counts; an
 * optimistic check would make each loser fail instead, and {@code ai_models} has no lock column.
 */
public final class JpaAiModels implements AiModels {
    private static final String NAME_KEY = "ai_models_name_key";
    private static final String PRODUCTION_KEY = "uq_ai_models_production_type";

    private final JpaTransactions transactions;

    public JpaAiModels(JpaTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public void save(AiModel model) {
        Map<String, String> conflicts = Map.of(NAME_KEY, "a model named " + model.name() + " is already registered",
                PRODUCTION_KEY, "another " + model.type() + " model is in production");
        transactions.withEntityManager(em -> {
            RowWrites.insertOrUpdate(em, AiModelJpaEntity.class, model.id().value(), AiModelJpaEntity::new,
                    row -> InsightsMapper.copyInto(model, row), failure -> RowWrites.refusal(failure, conflicts));
            return null;
        });
    }

    @Override
    public Optional<AiModel> findById(AiModelId id) {
        return transactions.withEntityManager(em ->
                Optional.ofNullable(em.find(AiModelJpaEntity.class, id.value(), lock()))
                        .map(InsightsMapper::toDomain));
    }

    @Override
    public Optional<AiModel> findByName(String name) {
        return one("m.name = :value", name);
    }

    @Override
    public Optional<AiModel> productionModel(AiModelType type) {
        return one("m.type = :value and m.production = true", type);
    }

    @Override
    public List<AiModel> all() {
        // Types in the enum's declared order, names by code point, as the in-memory registry sorts them.
        return transactions.withEntityManager(em -> em.createQuery(
                        "select m from AiModelJpaEntity m order by m.type, collate(m.name as ucs_basic)",
                        AiModelJpaEntity.class)
                .getResultStream()
                .map(InsightsMapper::toDomain)
                .toList());
    }

    private Optional<AiModel> one(String condition, Object value) {
        return transactions.withEntityManager(em -> em.createQuery(
                        "select m from AiModelJpaEntity m where " + condition, AiModelJpaEntity.class)
                .setParameter("value", value)
                .setLockMode(lock())
                .getResultStream()
                .findFirst()
                .map(InsightsMapper::toDomain));
    }

    private LockModeType lock() {
        return transactions.lockForChange();
    }
}
