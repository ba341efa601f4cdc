package org.namc.audit.spi;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.namc.audit.domain.AuditEntry;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;

/**
 * The hash-chained audit trail. Entries are never updated; archival moves old ones out of the
 * live trail, but they stay part of the chain ({@link #chain}) so it can still be verified.
 * Appends take part in the running unit of work: a rolled-back unit takes its entries along.
 */
public interface AuditEntries {

    /**
     * Appends the entry that follows the current {@link #head}. Implementations serialise
     * appends (one writer at a time, e.g. a lock on the chain head held to commit) and refuse
     * with {@code CONFLICT} an entry whose sequence is not the head's plus one or whose
     * previous hash is not the head's hash, so the chain never forks.
     */
    void append(AuditEntry entry);

    /** The entry with the highest sequence, live or archived; empty for a new trail. */
    Optional<AuditEntry> head();

    /** Up to {@code limit} entries, live and archived, with sequence {@code >= fromSequence}, ascending. */
    List<AuditEntry> chain(long fromSequence, int limit);

    /** Live entries about one resource, newest first. */
    Page<AuditEntry> byResource(String resourceType, String resourceId, PageRequest page);

    /**
     * Live entries in which the member acted, as themselves or as the impersonator of another
     * member ({@link AuditEntry#involvesActor}), newest first.
     */
    Page<AuditEntry> byActor(MemberId actor, PageRequest page);

    /** Live entries with {@code from <= occurredAt < to}, newest first. */
    Page<AuditEntry> between(Instant from, Instant to, PageRequest page);

    /**
     * Moves live entries that occurred before {@code cutoff} and are not compliance-relevant to
     * the archive; returns how many moved.
     */
    int archiveOlderThan(Instant cutoff);

    /** Archived entries, newest first. */
    Page<AuditEntry> archived(PageRequest page);
}
