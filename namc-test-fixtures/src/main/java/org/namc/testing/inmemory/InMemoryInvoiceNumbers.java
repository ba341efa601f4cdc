package org.namc.testing.inmemory;

import org.namc.billing.domain.InvoiceNumber;
import org.namc.billing.domain.NumberSeries;
import org.namc.billing.spi.InvoiceNumbers;

/**
 * Counters per series and year. The counter is a table row, so a unit of work that rolls back
 * gives its number back; units run one at a time, so no two ever take the same number.
 */
public final class InMemoryInvoiceNumbers implements InvoiceNumbers {
    private final InMemoryTable<String, Long> counters;

    public InMemoryInvoiceNumbers(InMemoryTransactions transactions) {
        this.counters = new InMemoryTable<>(transactions);
    }

    @Override
    public synchronized InvoiceNumber next(NumberSeries series, int year) {
        String key = series + ":" + year;
        long next = counters.get(key).orElse(0L) + 1;
        counters.put(key, next);
        return new InvoiceNumber(series, year, next);
    }
}
