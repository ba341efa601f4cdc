package org.namc.persistence.jpa.billing;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.namc.billing.spi.Invoices;
import org.namc.persistence.jpa.TestSchema;
import org.namc.shared.domain.MemberId;
import org.namc.shared.spi.Transactions;
import org.namc.testing.contract.InvoicesContract;

class JpaInvoicesTest extends InvoicesContract {
    @RegisterExtension
    static final TestSchema db = new TestSchema();

    @BeforeEach
    void emptyStore() {
        db.truncateAll();
    }

    @Override
    protected Invoices invoices() {
        return db.persistence().invoices();
    }

    @Override
    protected Transactions transactions() {
        return db.persistence().transactions();
    }

    @Override
    protected MemberId existingMember() {
        return BillingTestRows.member(db.persistence());
    }
}
