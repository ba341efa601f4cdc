package org.namc.testing.inmemory;

import org.namc.testing.contract.CoursesContract;
import org.namc.testing.contract.LearningStores;

class InMemoryCoursesTest extends CoursesContract {
    private final LearningStores stores = InMemoryLearningStores.create();

    @Override
    protected LearningStores stores() {
        return stores;
    }
}
