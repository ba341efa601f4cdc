package org.namc.testing.inmemory;

import org.namc.billing.spi.InvoiceNumbers;
import org.namc.shared.spi.Transactions;
import org.namc.testing.contract.InvoiceNumbersContract;

class InMemoryInvoiceNumbersTest extends InvoiceNumbersContract {
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryInvoiceNumbers numbers = new InMemoryInvoiceNumbers(transactions);

    @Override
    protected InvoiceNumbers numbers() {
        return numbers;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }
}
