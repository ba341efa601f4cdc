package org.namc.persistence.jpa.billing;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.namc.billing.spi.InvoiceNumbers;
import org.namc.persistence.jpa.TestSchema;
import org.namc.shared.spi.Transactions;
import org.namc.testing.contract.InvoiceNumbersContract;

class JpaInvoiceNumbersTest extends InvoiceNumbersContract {
    @RegisterExtension
    static final TestSchema db = new TestSchema();

    @BeforeEach
    void emptyStore() {
        db.truncateAll();
    }

    @Override
    protected InvoiceNumbers numbers() {
        return db.persistence().invoiceNumbers();
    }

    @Override
    protected Transactions transactions() {
        return db.persistence().transactions();
    }
}
