package org.namc.testing.inmemory;

import org.namc.shared.domain.CommonRefusal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.namc.insights.domain.AiModel;
import org.namc.insights.domain.AiModelId;
import org.namc.insights.domain.AiModelType;
import org.namc.insights.spi.AiModels;
import org.namc.shared.domain.NamcException;

/** The model registry in memory, with the database's unique name and one-production-per-type rules. */
public final class InMemoryAiModels implements AiModels {
    private final InMemoryTable<AiModelId, AiModel> table;

    public InMemoryAiModels(InMemoryTransactions transactions) {
        this.table = new InMemoryTable<>(transactions);
    }

    @Override
    public synchronized void save(AiModel model) {
        if (!table.where(m -> m.name().equals(model.name()) && !m.id().equals(model.id())).isEmpty()) {
            throw NamcException.refused(CommonRefusal.DUPLICATE, "a model named " + model.name() + " is already registered");
        }
        if (model.production() && !table.where(m -> m.production() && m.type() == model.type()
                && !m.id().equals(model.id())).isEmpty()) {
            throw NamcException.refused(CommonRefusal.DUPLICATE, "another " + model.type() + " model is in production");
        }
        table.put(model.id(), model);
    }

    @Override
    public Optional<AiModel> findById(AiModelId id) {
        return table.get(id);
    }

    @Override
    public Optional<AiModel> findByName(String name) {
        return table.where(m -> m.name().equals(name)).stream().findFirst();
    }

    @Override
    public Optional<AiModel> productionModel(AiModelType type) {
        return table.where(m -> m.production() && m.type() == type).stream().findFirst();
    }

    @Override
    public List<AiModel> all() {
        List<AiModel> all = table.where(m -> true);
        all.sort(Comparator.comparing(AiModel::type).thenComparing(AiModel::name));
        return all;
    }
}
