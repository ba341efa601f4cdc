package org.namc.persistence.jpa.billing;

import static org.namc.persistence.jpa.billing.BillingTestRows.NOW;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.namc.billing.domain.Invoice;
import org.namc.billing.domain.InvoiceId;
import org.namc.billing.domain.Payment;
import org.namc.billing.domain.PaymentId;
import org.namc.billing.spi.CreditNotes;
import org.namc.persistence.jpa.TestSchema;
import org.namc.shared.domain.MemberId;
import org.namc.testing.contract.CreditNotesContract;

class JpaCreditNotesTest extends CreditNotesContract {
    @RegisterExtension
    static final TestSchema db = new TestSchema();

    private final Map<InvoiceId, Invoice> invoices = new HashMap<>();
    private final Map<InvoiceId, Integer> attempts = new HashMap<>();

    @BeforeEach
    void emptyStore() {
        db.truncateAll();
    }

    @Override
    protected CreditNotes notes() {
        return db.persistence().creditNotes();
    }

    @Override
    protected InvoiceId existingInvoice(MemberId member) {
        Invoice invoice = db.persistence().invoices().save(BillingTestRows.issuedInvoice(member,
                invoices.size() + 1L, NOW));
        invoices.put(invoice.id(), invoice);
        return invoice.id();
    }

    @Override
    protected PaymentId existingPayment(InvoiceId invoice) {
        int attempt = attempts.merge(invoice, 1, Integer::sum);
        Payment payment = Payment.initiate(new PaymentId(UUID.randomUUID()), invoices.get(invoice), null, attempt, NOW)
                .succeeded("pi_" + UUID.randomUUID(), NOW);
        return db.persistence().payments().save(payment).id();
    }

    @Override
    protected MemberId existingMember() {
        return BillingTestRows.member(db.persistence());
    }
}
