package org.namc.persistence.jpa.billing;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.namc.billing.spi.Subscriptions;
import org.namc.persistence.jpa.TestSchema;
import org.namc.shared.domain.MemberId;
import org.namc.testing.contract.SubscriptionsContract;

class JpaSubscriptionsTest extends SubscriptionsContract {
    @RegisterExtension
    static final TestSchema db = new TestSchema();

    @BeforeEach
    void emptyStore() {
        db.truncateAll();
    }

    @Override
    protected Subscriptions subscriptions() {
        return db.persistence().subscriptions();
    }

    @Override
    protected MemberId existingMember() {
        return BillingTestRows.member(db.persistence());
    }
}
