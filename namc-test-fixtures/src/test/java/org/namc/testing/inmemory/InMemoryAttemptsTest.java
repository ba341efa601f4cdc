package org.namc.testing.inmemory;

import org.namc.testing.contract.AttemptsContract;
import org.namc.testing.contract.LearningStores;

class InMemoryAttemptsTest extends AttemptsContract {
    private final LearningStores stores = InMemoryLearningStores.create();

    @Override
    protected LearningStores stores() {
        return stores;
    }
}
