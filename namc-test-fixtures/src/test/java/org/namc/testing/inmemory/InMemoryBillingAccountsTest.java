package org.namc.testing.inmemory;

import java.util.UUID;
import org.namc.billing.spi.BillingAccounts;
import org.namc.shared.domain.MemberId;
import org.namc.testing.contract.BillingAccountsContract;

class InMemoryBillingAccountsTest extends BillingAccountsContract {
    private final InMemoryBillingAccounts accounts = new InMemoryBillingAccounts(new InMemoryTransactions());

    @Override
    protected BillingAccounts accounts() {
        return accounts;
    }

    @Override
    protected MemberId existingMember() {
        return new MemberId(UUID.randomUUID());
    }
}
