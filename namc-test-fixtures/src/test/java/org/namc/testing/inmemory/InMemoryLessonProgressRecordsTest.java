package org.namc.testing.inmemory;

import org.namc.testing.contract.LessonProgressRecordsContract;
import org.namc.testing.contract.LearningStores;

class InMemoryLessonProgressRecordsTest extends LessonProgressRecordsContract {
    private final LearningStores stores = InMemoryLearningStores.create();

    @Override
    protected LearningStores stores() {
        return stores;
    }
}
