package org.namc.billing.spi;

import java.util.Optional;
import org.namc.billing.domain.Invoice;
import org.namc.billing.domain.InvoiceId;
import org.namc.billing.domain.InvoiceNumber;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;
import org.namc.shared.domain.ReportingPeriod;

/** The invoices store; numbers are unique. */
public interface Invoices {

    /**
     * Inserts (version 0) or updates when the version matches, and returns it at its new
     * version; {@code CONFLICT} when the version moved on or another invoice holds the number.
     */
    Invoice save(Invoice invoice);

    Optional<Invoice> findById(InvoiceId id);

    Optional<Invoice> findByNumber(InvoiceNumber number);

    /** The member's invoices, newest first: by issue date, drafts by creation, then by id. */
    Page<Invoice> forMember(MemberId member, PageRequest page);

    /** Invoices issued within {@code period}, oldest first: by issue instant, then id. Drafts have no issue instant. */
    Page<Invoice> issuedWithin(ReportingPeriod period, PageRequest page);
}
