package org.namc.testing.inmemory;

import java.util.UUID;
import org.namc.billing.domain.InvoiceId;
import org.namc.billing.domain.PaymentId;
import org.namc.billing.spi.CreditNotes;
import org.namc.shared.domain.MemberId;
import org.namc.testing.contract.CreditNotesContract;

class InMemoryCreditNotesTest extends CreditNotesContract {
    private final InMemoryCreditNotes notes = new InMemoryCreditNotes(new InMemoryTransactions());

    @Override
    protected CreditNotes notes() {
        return notes;
    }

    @Override
    protected InvoiceId existingInvoice(MemberId member) {
        return new InvoiceId(UUID.randomUUID());
    }

    @Override
    protected PaymentId existingPayment(InvoiceId invoice) {
        return new PaymentId(UUID.randomUUID());
    }

    @Override
    protected MemberId existingMember() {
        return new MemberId(UUID.randomUUID());
    }
}
