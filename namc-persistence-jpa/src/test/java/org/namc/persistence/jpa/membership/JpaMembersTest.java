package org.namc.persistence.jpa.membership;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.namc.membership.spi.Members;
import org.namc.persistence.jpa.TestSchema;
import org.namc.shared.spi.Transactions;
import org.namc.testing.contract.MembersContract;

class JpaMembersTest extends MembersContract {
    @RegisterExtension
    static final TestSchema db = new TestSchema();

    @BeforeEach
    void emptyStore() {
        db.truncateAll();
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
