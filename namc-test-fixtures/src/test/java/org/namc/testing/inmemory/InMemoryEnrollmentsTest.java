package org.namc.testing.inmemory;

import org.namc.testing.contract.EnrollmentsContract;
import org.namc.testing.contract.LearningStores;

class InMemoryEnrollmentsTest extends EnrollmentsContract {
    private final LearningStores stores = InMemoryLearningStores.create();

    @Override
    protected LearningStores stores() {
        return stores;
    }
}
