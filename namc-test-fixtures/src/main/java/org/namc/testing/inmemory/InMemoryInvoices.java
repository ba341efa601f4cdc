package org.namc.testing.inmemory;

import org.namc.shared.domain.CommonRefusal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.namc.billing.domain.Invoice;
import org.namc.billing.domain.InvoiceId;
import org.namc.billing.domain.InvoiceNumber;
import org.namc.billing.spi.Invoices;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.NamcException;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;
import org.namc.shared.domain.ReportingPeriod;

/** Invoices in memory, versioned, with a unique index on the number. */
public final class InMemoryInvoices implements Invoices {
    private static final Comparator<Invoice> NEWEST_FIRST = Comparator
            .comparing((Invoice i) -> i.issuedAt() != null ? i.issuedAt() : i.createdAt())
            .thenComparing(i -> i.id().value()).reversed();

    private final InMemoryTable<InvoiceId, Invoice> table;
    private final InMemoryTable<InvoiceNumber, InvoiceId> byNumber;

    public InMemoryInvoices(InMemoryTransactions transactions) {
        this.table = new InMemoryTable<>(transactions);
        this.byNumber = new InMemoryTable<>(transactions);
    }

    @Override
    public synchronized Invoice save(Invoice invoice) {
        Optional<Invoice> stored = table.get(invoice.id());
        long next = InMemoryTable.nextVersion(stored, invoice.version(), Invoice::version, "invoice " + invoice.id());
        InvoiceNumber number = invoice.number();
        if (number != null) {
            Optional<InvoiceId> holder = byNumber.get(number);
            if (holder.isPresent() && !holder.get().equals(invoice.id())) {
                throw NamcException.refused(CommonRefusal.DUPLICATE, "invoice number " + number + " is taken");
            }
            byNumber.put(number, invoice.id());
        }
        Invoice saved = invoice.atVersion(next);
        table.put(invoice.id(), saved);
        return saved;
    }

    @Override
    public Optional<Invoice> findById(InvoiceId id) {
        return table.get(id);
    }

    @Override
    public Optional<Invoice> findByNumber(InvoiceNumber number) {
        return byNumber.get(number).flatMap(table::get);
    }

    @Override
    public Page<Invoice> forMember(MemberId member, PageRequest page) {
        List<Invoice> mine = table.where(i -> i.member().equals(member));
        mine.sort(NEWEST_FIRST);
        return Page.slice(mine, page);
    }

    /** Every invoice held, for tests that check numbering across members. */
    public List<Invoice> all() {
        return List.copyOf(table.all());
    }

    @Override
    public Page<Invoice> issuedWithin(ReportingPeriod period, PageRequest page) {
        List<Invoice> issued = table.where(i -> i.issuedAt() != null && period.contains(i.issuedAt()));
        issued.sort(Comparator.comparing((Invoice i) -> i.issuedAt()).thenComparing(i -> i.id().value()));
        return Page.slice(issued, page);
    }
}
