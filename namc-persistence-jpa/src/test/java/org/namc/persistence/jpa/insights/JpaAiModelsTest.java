package org.namc.persistence.jpa.insights;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.namc.insights.spi.AiModels;
import org.namc.persistence.jpa.TestSchema;
import org.namc.testing.contract.AiModelsContract;

class JpaAiModelsTest extends AiModelsContract {
    @RegisterExtension
    static final TestSchema db = new TestSchema();

    @BeforeEach
    void emptyStore() {
        db.truncateAll();
    }

    @Override
    protected AiModels models() {
        return db.persistence().aiModels();
    }
}
