package org.namc.testing.inmemory;

import org.namc.testing.contract.CertificatesContract;
import org.namc.testing.contract.LearningStores;

class InMemoryCertificatesTest extends CertificatesContract {
    private final LearningStores stores = InMemoryLearningStores.create();

    @Override
    protected LearningStores stores() {
        return stores;
    }
}
