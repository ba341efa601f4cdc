package org.namc.testing.inmemory;

import org.namc.shared.domain.CommonRefusal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.namc.audit.domain.AuditEntry;
import org.namc.audit.spi.AuditEntries;
import org.namc.shared.domain.AuditRecord;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.NamcException;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;

/**
 * The hash-chained audit trail in memory. Rolled-back units take their entries (and the head
 * they moved) with them. {@link #records()} gives the kernel's view for tests;
 * {@link #tamper} and {@link #erase} let tests prove that verification catches an attacker.
 */
public final class InMemoryAuditTrail implements AuditEntries {
    private static final Comparator<AuditEntry> NEWEST_FIRST =
            Comparator.comparingLong(AuditEntry::sequence).reversed();

    private final InMemoryTransactions transactions;
    private final InMemoryTable<Long, Stored> table;
    private final AtomicReference<@Nullable AuditEntry> head = new AtomicReference<>();

    private record Stored(AuditEntry entry, boolean archived) {
    }

    public InMemoryAuditTrail(InMemoryTransactions transactions) {
        this.transactions = transactions;
        this.table = new InMemoryTable<>(transactions);
    }

    @Override
    public synchronized void append(AuditEntry entry) {
        AuditEntry current = head.get();
        long expected = current == null ? 1 : current.sequence() + 1;
        String link = current == null ? AuditEntry.GENESIS_HASH : current.hash();
        if (entry.sequence() != expected || !entry.previousHash().equals(link)) {
            throw NamcException.refused(CommonRefusal.CONCURRENT_CHANGE, "audit entry " + entry.sequence() + " does not follow the chain head "
                    + (current == null ? 0 : current.sequence()));
        }
        table.put(entry.sequence(), new Stored(entry, false));
        head.set(entry);
        transactions.onRollback(() -> head.set(current));
    }

    @Override
    public Optional<AuditEntry> head() {
        return Optional.ofNullable(head.get());
    }

    @Override
    public List<AuditEntry> chain(long fromSequence, int limit) {
        return table.where(s -> s.entry().sequence() >= fromSequence).stream().map(Stored::entry)
                .sorted(Comparator.comparingLong(AuditEntry::sequence)).limit(limit).toList();
    }

    @Override
    public Page<AuditEntry> byResource(String resourceType, String resourceId, PageRequest page) {
        return live(e -> e.resourceType().equals(resourceType) && resourceId.equals(e.resourceId()), page);
    }

    @Override
    public Page<AuditEntry> byActor(MemberId actor, PageRequest page) {
        return live(e -> e.involvesActor(actor), page);
    }

    @Override
    public Page<AuditEntry> between(Instant from, Instant to, PageRequest page) {
        return live(e -> !e.occurredAt().isBefore(from) && e.occurredAt().isBefore(to), page);
    }

    @Override
    public synchronized int archiveOlderThan(Instant cutoff) {
        List<Stored> due = table.where(s -> !s.archived() && !s.entry().complianceRelevant()
                && s.entry().occurredAt().isBefore(cutoff));
        due.forEach(s -> table.put(s.entry().sequence(), new Stored(s.entry(), true)));
        return due.size();
    }

    @Override
    public Page<AuditEntry> archived(PageRequest page) {
        return Page.slice(table.where(Stored::archived).stream().map(Stored::entry).sorted(NEWEST_FIRST).toList(),
                page);
    }

    /** Every entry, live and archived, as the kernel's records, oldest first. */
    public List<AuditRecord> records() {
        return entries().stream().map(AuditEntry::toRecord).toList();
    }

    public List<AuditRecord> recordsFor(String action) {
        return records().stream().filter(r -> r.action().equals(action)).toList();
    }

    /** Every entry, live and archived, oldest first. */
    public List<AuditEntry> entries() {
        return chain(1, Integer.MAX_VALUE);
    }

    /** For tests: rewrites a stored entry in place, as an attacker with database access could. */
    public synchronized void tamper(long sequence, UnaryOperator<AuditEntry> change) {
        Stored stored = table.get(sequence).orElseThrow(() -> NamcException.notFound("audit entry", sequence));
        table.put(sequence, new Stored(change.apply(stored.entry()), stored.archived()));
    }

    /** For tests: deletes a stored entry, as an attacker with database access could. */
    public synchronized void erase(long sequence) {
        table.remove(sequence);
    }

    private Page<AuditEntry> live(Predicate<AuditEntry> filter, PageRequest page) {
        return Page.slice(table.where(s -> !s.archived() && filter.test(s.entry())).stream().map(Stored::entry)
                .sorted(NEWEST_FIRST).toList(), page);
    }
}
