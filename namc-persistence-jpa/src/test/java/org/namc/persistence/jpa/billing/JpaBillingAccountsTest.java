package org.namc.persistence.jpa.billing;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.namc.billing.spi.BillingAccounts;
import org.namc.persistence.jpa.TestSchema;
import org.namc.shared.domain.MemberId;
import org.namc.testing.contract.BillingAccountsContract;

class JpaBillingAccountsTest extends BillingAccountsContract {
    @RegisterExtension
    static final TestSchema db = new TestSchema();

    @BeforeEach
    void emptyStore() {
        db.truncateAll();
    }

    @Override
    protected BillingAccounts accounts() {
        return db.persistence().billingAccounts();
    }

    @Override
    protected MemberId existingMember() {
        return BillingTestRows.member(db.persistence());
    }
}
