package org.namc.testing.inmemory;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.namc.shared.domain.AuditRecord;
import org.namc.shared.spi.AuditTrail;
import org.namc.shared.spi.IdGenerator;

/** Keeps audit records in arrival order; rolled-back units take their records with them. */
public final class InMemoryAuditTrail implements AuditTrail {
    private final InMemoryTable<UUID, Entry> table;
    private final IdGenerator ids;

    private record Entry(long sequence, AuditRecord record) {
    }

    private long sequence;

    public InMemoryAuditTrail(InMemoryTransactions transactions, IdGenerator ids) {
        this.table = new InMemoryTable<>(transactions);
        this.ids = ids;
    }

    @Override
    public synchronized void record(AuditRecord record) {
        table.put(ids.newId(), new Entry(sequence++, record));
    }

    public synchronized List<AuditRecord> records() {
        return table.all().stream().sorted(Comparator.comparingLong(Entry::sequence))
                .map(Entry::record).toList();
    }

    public List<AuditRecord> recordsFor(String action) {
        return records().stream().filter(r -> r.action().equals(action)).toList();
    }
}
