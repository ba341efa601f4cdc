package org.namc.persistence.jpa.access;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.namc.access.spi.Roles;
import org.namc.persistence.jpa.TestSchema;
import org.namc.testing.contract.RolesContract;

class JpaRolesTest extends RolesContract {
    @RegisterExtension
    static final TestSchema db = new TestSchema();

    @BeforeEach
    void emptyStore() {
        db.truncateAll();
    }

    @Override
    protected Roles roles() {
        return db.persistence().roles();
    }
}
