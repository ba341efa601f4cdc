package org.namc.testing.inmemory;

import java.util.UUID;
import org.namc.billing.spi.Invoices;
import org.namc.shared.domain.MemberId;
import org.namc.shared.spi.Transactions;
import org.namc.testing.contract.InvoicesContract;

class InMemoryInvoicesTest extends InvoicesContract {
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryInvoices invoices = new InMemoryInvoices(transactions);

    @Override
    protected Invoices invoices() {
        return invoices;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }

    @Override
    protected MemberId existingMember() {
        return new MemberId(UUID.randomUUID());
    }
}
