package org.namc.persistence.jpa.projects;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.namc.membership.spi.Members;
import org.namc.persistence.jpa.TestSchema;
import org.namc.projects.spi.Qualifications;
import org.namc.shared.spi.Transactions;
import org.namc.testing.contract.QualificationsContract;

class JpaQualificationsTest extends QualificationsContract {
    @RegisterExtension
    static final TestSchema db = new TestSchema();

    // After, not before: the contracts set up rows in their own @BeforeEach, which runs first.
    @AfterEach
    void emptyStores() {
        db.truncateAll();
    }

    @Override
    protected Qualifications qualifications() {
        return db.persistence().qualifications();
    }

    @Override
    protected Members members() {
        return db.persistence().members();
    }

    @Override
    protected Transactions transactions() {
        return db.persistence().transactions();
    }
}
