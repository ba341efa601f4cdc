package org.namc.testing.inmemory;

import org.namc.notifications.spi.Outbox;
import org.namc.shared.spi.Transactions;
import org.namc.testing.contract.OutboxContract;

class InMemoryOutboxTest extends OutboxContract {
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryOutbox outbox = new InMemoryOutbox(transactions);

    @Override
    protected Outbox outbox() {
        return outbox;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }
}
