package org.namc.testing.inmemory;

import java.util.UUID;
import org.namc.billing.domain.Invoice;
import org.namc.billing.spi.Payments;
import org.namc.shared.domain.MemberId;
import org.namc.testing.contract.PaymentsContract;

class InMemoryPaymentsTest extends PaymentsContract {
    private final InMemoryPayments payments = new InMemoryPayments(new InMemoryTransactions());

    @Override
    protected Payments payments() {
        return payments;
    }

    @Override
    protected Invoice existingInvoice(Invoice invoice) {
        return invoice;
    }

    @Override
    protected MemberId existingMember() {
        return new MemberId(UUID.randomUUID());
    }
}
