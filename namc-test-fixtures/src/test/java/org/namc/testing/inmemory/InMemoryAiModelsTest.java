package org.namc.testing.inmemory;

import org.namc.insights.spi.AiModels;
import org.namc.testing.contract.AiModelsContract;

class InMemoryAiModelsTest extends AiModelsContract {
    private final InMemoryAiModels models = new InMemoryAiModels(new InMemoryTransactions());

    @Override
    protected AiModels models() {
        return models;
    }
}
