package org.namc.billing.spi;

import java.util.List;
import org.namc.billing.domain.CreditNote;
import org.namc.billing.domain.InvoiceId;

/** Credit notes; written once, never changed. */
public interface CreditNotes {

    void save(CreditNote note);

    /** The notes against one invoice, in the order they were issued. */
    List<CreditNote> forInvoice(InvoiceId invoice);
}
