package org.namc.persistence.jpa.billing;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.namc.billing.spi.MembershipTiers;
import org.namc.persistence.jpa.TestSchema;
import org.namc.testing.contract.MembershipTiersContract;

class JpaMembershipTiersTest extends MembershipTiersContract {
    @RegisterExtension
    static final TestSchema db = new TestSchema();

    @BeforeEach
    void emptyStore() {
        db.truncateAll();
    }

    @Override
    protected MembershipTiers tiers() {
        return db.persistence().membershipTiers();
    }
}
