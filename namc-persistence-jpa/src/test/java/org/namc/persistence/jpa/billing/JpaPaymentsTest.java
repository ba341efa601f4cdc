package org.namc.persistence.jpa.billing;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.namc.billing.domain.Invoice;
import org.namc.billing.spi.Payments;
import org.namc.persistence.jpa.TestSchema;
import org.namc.shared.domain.MemberId;
import org.namc.testing.contract.PaymentsContract;

class JpaPaymentsTest extends PaymentsContract {
    @RegisterExtension
    static final TestSchema db = new TestSchema();

    @BeforeEach
    void emptyStore() {
        db.truncateAll();
    }

    @Override
    protected Payments payments() {
        return db.persistence().payments();
    }

    @Override
    protected Invoice existingInvoice(Invoice invoice) {
        return db.persistence().invoices().save(invoice);
    }

    @Override
    protected MemberId existingMember() {
        return BillingTestRows.member(db.persistence());
    }
}
