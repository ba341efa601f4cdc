package org.namc.persistence.jpa.audit;

import org.namc.audit.domain.AuditRefusal;
import org.namc.shared.domain.CommonRefusal;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.namc.audit.domain.AuditEntry;
import org.namc.audit.spi.AuditEntries;
import org.namc.persistence.jpa.shared.JpaTransactions;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.NamcException;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;

/**
 * The hash-chained audit trail in {@code audit_logs} (live, partitioned by month) and
 * {@code audit_logs_archive}. An entry appended inside a unit of work commits or rolls back with
 * it; one appended outside commits on its own. Rows without a sequence (written before the chain
 * existed) are no part of it and are never read here.
 *
 * <p><b>Serialising appends.</b> The chain must never fork: two units must not both append
 * sequence n+1. There is no row to lock for that: the head may be live or archived, and a unique
 * index on a partitioned table must contain the partition key, so {@code sequence} cannot be
 * unique in audit_logs. Locking the tables would also block archival and partition upkeep. So
 * the chain is guarded by a transaction-scoped advisory lock ({@code pg_advisory_xact_lock}),
 * one per schema: it is held until commit or rollback, so the next writer reads the head only
 * after the previous one's entry is visible (READ COMMITTED takes a fresh snapshot per
 * statement); it is re-entrant within a transaction; it takes part in PostgreSQL's deadlock
 * detection; and it blocks no reader. {@link #append} takes it, reads the head and refuses with
 * {@code CONFLICT} an entry that does not follow it.
 *
 * <p>{@link #head()} inside a unit takes the same lock first: the core reads the head and then
 * appends the entry built on it, and without the lock two concurrent units would read the same
 * head and the second would fail with {@code CONFLICT} for no fault of its own. Taking it at the
 * head read means the unit holds it from that read to commit ("a lock on the chain head held to
 * commit").
 *
 * <p><b>Deadlocks.</b> The core appends a unit's entry last, after the use case's own work. Both
 * methods flush the unit's pending changes <em>before</em> taking the lock, so every row lock the
 * unit needs (members locked by {@code JpaMembers.findById}, updates to flush) is taken before
 * the audit lock, and after it the unit only inserts its entry and commits. Every unit thus
 * takes row locks first and the audit lock last, and no cycle can form. (A unit that keeps
 * locking rows after auditing, e.g. a use case nested in another, could still deadlock; then
 * PostgreSQL aborts one with 40P01, which {@code DatabaseErrors} turns into {@code CONFLICT}.)
 * Reads outside a unit take no lock.
 *
 * <p>Partition upkeep and archival ({@link AuditLogMaintenance}) take the same lock: creating a
 * month's partition moves that month's rows out of the default partition and attaches the new
 * one, and an entry written between the two would make the attach fail (seen with several
 * nodes running maintenance while others append).
 */
public final class JpaAuditEntries implements AuditEntries {
    private static final String LIVE = "AuditLogJpaEntity";
    private static final String ARCHIVE = "AuditLogArchiveJpaEntity";

    private final JpaTransactions transactions;
    private final String schema;

    /** @param schema the library's schema, already validated as a plain lower-case identifier */
    public JpaAuditEntries(JpaTransactions transactions, String schema) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.schema = Objects.requireNonNull(schema, "schema");
    }

    @Override
    public void append(AuditEntry entry) {
        Objects.requireNonNull(entry, "entry");
        transactions.withEntityManager(em -> {
            lockChain(em);
            Optional<AuditEntry> head = head(em);
            long expected = head.map(h -> h.sequence() + 1).orElse(1L);
            String link = head.map(AuditEntry::hash).orElse(AuditEntry.GENESIS_HASH);
            if (entry.sequence() != expected || !entry.previousHash().equals(link)) {
                throw NamcException.refused(CommonRefusal.CONCURRENT_CHANGE, "audit entry " + entry.sequence() + " does not follow the chain head "
                        + head.map(AuditEntry::sequence).orElse(0L));
            }
            em.persist(AuditEntryMapper.toRow(entry));
            em.flush();
            return null;
        });
    }

    /**
     * Appends a run of entries that continue the chain, under one lock and in batched inserts:
     * for imports and for generating test data at scale. The first must follow the head, each
     * next one the one before it; otherwise nothing is appended and {@code CONFLICT} is raised.
     */
    public void appendAll(List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        transactions.withEntityManager(em -> {
            lockChain(em);
            Optional<AuditEntry> head = head(em);
            long expected = head.map(h -> h.sequence() + 1).orElse(1L);
            String link = head.map(AuditEntry::hash).orElse(AuditEntry.GENESIS_HASH);
            for (AuditEntry entry : entries) {
                if (entry.sequence() != expected || !entry.previousHash().equals(link)) {
                    throw NamcException.refused(AuditRefusal.ENTRY_OUT_OF_SEQUENCE, "audit entry " + entry.sequence() + " does not follow entry "
                            + (expected - 1));
                }
                expected++;
                link = entry.hash();
            }
            for (AuditEntry entry : entries) {
                em.persist(AuditEntryMapper.toRow(entry));
            }
            em.flush();
            em.clear();
            return null;
        });
    }

    @Override
    public Optional<AuditEntry> head() {
        boolean inUnit = transactions.isActive();
        return transactions.withEntityManager(em -> {
            if (inUnit) {
                lockChain(em);
            }
            return head(em);
        });
    }

    @Override
    public List<AuditEntry> chain(long fromSequence, int limit) {
        if (limit < 1) {
            return List.of();
        }
        return transactions.withEntityManager(em -> {
            List<AuditEntry> merged = new ArrayList<>(fromBoth(em, "a.sequence >= :from", "a.sequence asc", limit,
                    q -> q.setParameter("from", fromSequence)));
            merged.sort(Comparator.comparingLong(AuditEntry::sequence));
            return List.copyOf(merged.subList(0, Math.min(limit, merged.size())));
        });
    }

    @Override
    public Page<AuditEntry> byResource(String resourceType, String resourceId, PageRequest page) {
        return page(LIVE, "a.resourceType = :type and a.resourceId = :id", page,
                q -> q.setParameter("type", resourceType).setParameter("id", resourceId));
    }

    @Override
    public Page<AuditEntry> byActor(MemberId actor, PageRequest page) {
        return page(LIVE, "(a.userId = :member or a.impersonatedBy = :member)", page,
                q -> q.setParameter("member", actor.value()));
    }

    @Override
    public Page<AuditEntry> between(Instant from, Instant to, PageRequest page) {
        // timestamp holds microseconds and timestamp_nanos the rest: compare both, exactly.
        return page(LIVE, """
                        a.timestamp >= :fromMicros and a.timestamp <= :toMicros
                        and (a.timestamp > :fromMicros or a.timestampNanos >= :fromNanos)
                        and (a.timestamp < :toMicros or a.timestampNanos < :toNanos)""", page,
                q -> q.setParameter("fromMicros", AuditEntryMapper.microseconds(from))
                        .setParameter("fromNanos", AuditEntryMapper.nanosBeyondMicros(from))
                        .setParameter("toMicros", AuditEntryMapper.microseconds(to))
                        .setParameter("toNanos", AuditEntryMapper.nanosBeyondMicros(to)));
    }

    /**
     * Moves the rows in one statement (the {@code archive_audit_entries} function, the only path
     * the append-only trigger lets through), so a concurrent reader of the chain sees each entry
     * either live or archived, never both or neither; exact to the nanosecond.
     */
    @Override
    public int archiveOlderThan(Instant cutoff) {
        return transactions.withEntityManager(em -> {
            em.flush();
            return ((Number) em.createNativeQuery("select " + schema
                            + ".archive_audit_entries(cast(:micros as timestamptz), cast(:nanos as smallint))")
                    .setParameter("micros", AuditEntryMapper.microseconds(cutoff))
                    .setParameter("nanos", AuditEntryMapper.nanosBeyondMicros(cutoff))
                    .getSingleResult()).intValue();
        });
    }

    @Override
    public Page<AuditEntry> archived(PageRequest page) {
        return page(ARCHIVE, "1 = 1", page, q -> q);
    }

    private void lockChain(EntityManager em) {
        // Row locks first (pending changes flushed now), the chain lock last: see the class comment.
        em.flush();
        ChainLock.take(em, schema);
    }

    private static Optional<AuditEntry> head(EntityManager em) {
        return fromBoth(em, "1 = 1", "a.sequence desc", 1, q -> q).stream()
                .max(Comparator.comparingLong(AuditEntry::sequence));
    }

    /** Up to {@code limit} chain entries of each table matching {@code where}, in {@code order}. */
    private static List<AuditEntry> fromBoth(EntityManager em, String where, String order, int limit,
                                             Function<TypedQuery<?>, TypedQuery<?>> bind) {
        List<AuditEntry> found = new ArrayList<>();
        found.addAll(select(em, AuditLogJpaEntity.class, where, order, 0, limit, bind));
        found.addAll(select(em, AuditLogArchiveJpaEntity.class, where, order, 0, limit, bind));
        return found;
    }

    private Page<AuditEntry> page(String entity, String where, PageRequest page,
                                  Function<TypedQuery<?>, TypedQuery<?>> bind) {
        Class<? extends AuditRowColumns> type = LIVE.equals(entity) ? AuditLogJpaEntity.class
                : AuditLogArchiveJpaEntity.class;
        return transactions.withEntityManager(em -> {
            TypedQuery<Long> count = em.createQuery("select count(a) from " + entity + " a where a.sequence is not null and "
                    + where, Long.class);
            long total = ((Number) bind.apply(count).getSingleResult()).longValue();
            if (page.offset() >= total) {
                return new Page<>(List.of(), page, total);
            }
            // Newest first is highest sequence first: the order of appends, whatever the clocks said.
            List<AuditEntry> items = select(em, type, where, "a.sequence desc", (int) page.offset(), page.size(), bind);
            return new Page<>(items, page, total);
        });
    }

    private static <R extends AuditRowColumns> List<AuditEntry> select(EntityManager em, Class<R> type, String where,
                                                                      String order, int offset, int limit,
                                                                      Function<TypedQuery<?>, TypedQuery<?>> bind) {
        TypedQuery<R> query = em.createQuery("select a from " + type.getSimpleName() + " a where a.sequence is not null and "
                + where + " order by " + order, type);
        bind.apply(query);
        return query.setFirstResult(offset).setMaxResults(limit).getResultStream()
                .map(AuditEntryMapper::toEntry).toList();
    }
}
