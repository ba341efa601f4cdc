package org.namc.testing.inmemory;

import org.namc.billing.spi.MembershipTiers;
import org.namc.testing.contract.MembershipTiersContract;

class InMemoryMembershipTiersTest extends MembershipTiersContract {
    private final InMemoryMembershipTiers tiers = new InMemoryMembershipTiers(new InMemoryTransactions());

    @Override
    protected MembershipTiers tiers() {
        return tiers;
    }
}
