package org.namc.testing.inmemory;

import org.namc.shared.domain.CommonRefusal;
import java.util.Comparator;
import java.util.List;
import org.namc.billing.domain.CreditNote;
import org.namc.billing.domain.CreditNoteId;
import org.namc.billing.domain.InvoiceId;
import org.namc.billing.spi.CreditNotes;
import org.namc.shared.domain.NamcException;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;
import org.namc.shared.domain.ReportingPeriod;

/** Credit notes in memory: written once. */
public final class InMemoryCreditNotes implements CreditNotes {
    private final InMemoryTable<CreditNoteId, CreditNote> table;

    public InMemoryCreditNotes(InMemoryTransactions transactions) {
        this.table = new InMemoryTable<>(transactions);
    }

    @Override
    public synchronized void save(CreditNote note) {
        if (table.get(note.id()).isPresent()
                || !table.where(n -> n.number().equals(note.number())).isEmpty()) {
            throw NamcException.refused(CommonRefusal.DUPLICATE, "credit note " + note.number() + " already exists");
        }
        table.put(note.id(), note);
    }

    @Override
    public List<CreditNote> forInvoice(InvoiceId invoice) {
        return table.where(n -> n.invoice().equals(invoice)).stream()
                .sorted(Comparator.comparing(CreditNote::number)).toList();
    }

    @Override
    public Page<CreditNote> issuedWithin(ReportingPeriod period, PageRequest page) {
        List<CreditNote> issued = table.where(n -> period.contains(n.issuedAt()));
        issued.sort(Comparator.comparing(CreditNote::issuedAt).thenComparing(n -> n.id().value()));
        return Page.slice(issued, page);
    }
}
