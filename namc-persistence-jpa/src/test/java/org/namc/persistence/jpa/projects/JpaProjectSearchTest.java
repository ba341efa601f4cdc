package org.namc.persistence.jpa.projects;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.namc.membership.spi.Members;
import org.namc.persistence.jpa.TestSchema;
import org.namc.projects.spi.ProjectSearch;
import org.namc.projects.spi.Projects;
import org.namc.testing.contract.ProjectSearchContract;

class JpaProjectSearchTest extends ProjectSearchContract {
    @RegisterExtension
    static final TestSchema db = new TestSchema();

    // After, not before: the contracts set up rows in their own @BeforeEach, which runs first.
    @AfterEach
    void emptyStores() {
        db.truncateAll();
    }

    @Override
    protected ProjectSearch search() {
        return db.persistence().projectSearch();
    }

    @Override
    protected Projects projects() {
        return db.persistence().projects();
    }

    @Override
    protected Members members() {
        return db.persistence().members();
    }
}
