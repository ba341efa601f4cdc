package org.namc.testing.inmemory;

import org.namc.events.spi.EventRegistrations;
import org.namc.shared.spi.Transactions;
import org.namc.testing.contract.EventRegistrationsContract;

class InMemoryEventRegistrationsTest extends EventRegistrationsContract {
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryEventRegistrations registrations = new InMemoryEventRegistrations(transactions);

    @Override
    protected EventRegistrations registrations() {
        return registrations;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }
}
