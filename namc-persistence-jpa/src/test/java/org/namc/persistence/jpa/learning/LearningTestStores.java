package org.namc.persistence.jpa.learning;

import org.namc.persistence.jpa.JpaPersistence;
import org.namc.persistence.jpa.TestSchema;
import org.namc.testing.contract.LearningStores;

/** The learning stores of a test schema, emptied first, for the store contracts. */
final class LearningTestStores {
    private LearningTestStores() {
    }

    static LearningStores emptied(TestSchema db) {
        db.truncateAll();
        JpaPersistence p = db.persistence();
        return new LearningStores(p.transactions(), p.members(), p.courses(), p.enrollments(), p.lessonProgress(),
                p.assessments(), p.attempts(), p.certificates());
    }
}
