package org.namc.testing.inmemory;

import java.util.UUID;
import org.namc.billing.spi.CoveredPeriods;
import org.namc.shared.domain.MemberId;
import org.namc.testing.contract.CoveredPeriodsContract;

class InMemoryCoveredPeriodsTest extends CoveredPeriodsContract {
    private final InMemoryCoveredPeriods periods = new InMemoryCoveredPeriods(new InMemoryTransactions());

    @Override
    protected CoveredPeriods periods() {
        return periods;
    }

    @Override
    protected MemberId existingMember() {
        return new MemberId(UUID.randomUUID());
    }
}
