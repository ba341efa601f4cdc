package org.namc.testing.inmemory;

import org.namc.audit.spi.AuditEntries;
import org.namc.shared.spi.Transactions;
import org.namc.testing.contract.AuditEntriesContract;

class InMemoryAuditTrailTest extends AuditEntriesContract {
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryAuditTrail entries = new InMemoryAuditTrail(transactions);

    @Override
    protected AuditEntries entries() {
        return entries;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }
}
