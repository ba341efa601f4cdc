package org.namc.billing.spi;

import java.util.List;
import org.namc.billing.domain.CreditNote;
import org.namc.billing.domain.InvoiceId;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;
import org.namc.shared.domain.ReportingPeriod;

/** Credit notes; written once, never changed. */
public interface CreditNotes {

    void save(CreditNote note);

    /** The notes against one invoice, in the order they were issued. */
    List<CreditNote> forInvoice(InvoiceId invoice);

    /** Notes issued within {@code period}, oldest first: by issue instant, then id. */
    Page<CreditNote> issuedWithin(ReportingPeriod period, PageRequest page);
}
