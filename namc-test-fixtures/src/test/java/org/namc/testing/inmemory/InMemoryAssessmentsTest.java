package org.namc.testing.inmemory;

import org.namc.testing.contract.AssessmentsContract;
import org.namc.testing.contract.LearningStores;

class InMemoryAssessmentsTest extends AssessmentsContract {
    private final LearningStores stores = InMemoryLearningStores.create();

    @Override
    protected LearningStores stores() {
        return stores;
    }
}
