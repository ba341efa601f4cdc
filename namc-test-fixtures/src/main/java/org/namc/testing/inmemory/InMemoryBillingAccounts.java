package org.namc.testing.inmemory;

import org.namc.shared.domain.CommonRefusal;
import java.util.Optional;
import org.namc.billing.domain.BillingAccount;
import org.namc.billing.spi.BillingAccounts;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.NamcException;

/** Billing accounts in memory, one per member, versioned. */
public final class InMemoryBillingAccounts implements BillingAccounts {
    private final InMemoryTable<MemberId, BillingAccount> table;

    public InMemoryBillingAccounts(InMemoryTransactions transactions) {
        this.table = new InMemoryTable<>(transactions);
    }

    @Override
    public synchronized BillingAccount save(BillingAccount account) {
        Optional<BillingAccount> stored = table.get(account.member());
        long expected = stored.map(BillingAccount::version).orElse(0L);
        boolean another = stored.isPresent()
                && !stored.get().gatewayCustomerId().equals(account.gatewayCustomerId());
        if (account.version() != expected || another) {
            throw NamcException.refused(CommonRefusal.CONCURRENT_CHANGE, "the billing account of " + account.member() + " was changed concurrently");
        }
        BillingAccount saved = account.atVersion(stored.isPresent() ? expected + 1 : 0);
        table.put(account.member(), saved);
        return saved;
    }

    @Override
    public Optional<BillingAccount> find(MemberId member) {
        return table.get(member);
    }
}
