package org.namc.persistence.jpa.learning;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.namc.persistence.jpa.TestSchema;
import org.namc.testing.contract.EnrollmentsContract;
import org.namc.testing.contract.LearningStores;

class JpaEnrollmentsTest extends EnrollmentsContract {
    @RegisterExtension
    static final TestSchema db = new TestSchema();

    @Override
    protected LearningStores stores() {
        return LearningTestStores.emptied(db);
    }
}
