package org.namc.audit;

import java.time.Instant;
import org.namc.audit.domain.AuditEntry;
import org.namc.audit.domain.ChainAnchor;
import org.namc.audit.domain.ChainVerification;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;

/**
 * The audit trail every use case writes: queries for staff ({@code audit:read}), verification of
 * the hash chain, and archival of old entries ({@code audit:archive}). Queries see the live
 * trail, newest first; archived entries stay in the chain and in {@link #archived}.
 */
public interface AuditApi {

    Page<AuditEntry> byResource(Actor actor, String resourceType, String resourceId, PageRequest page);

    /** What the member did, as themselves or while impersonating someone. */
    Page<AuditEntry> byActor(Actor actor, MemberId member, PageRequest page);

    /** Entries with {@code from <= occurredAt < to}. */
    Page<AuditEntry> between(Actor actor, Instant from, Instant to, PageRequest page);

    Page<AuditEntry> archived(Actor actor, PageRequest page);

    /**
     * Checks every entry, archived ones included; reports the first altered, unlinked or missing
     * entry. With a {@code ChainAnchors} port, also against the latest published anchor, which
     * catches a rewrite that recomputed every hash and a cut tail.
     */
    ChainVerification verifyChain(Actor actor);

    /**
     * Verifies the chain and publishes its head through the {@code ChainAnchors} port (needs
     * {@code audit:anchor}); hosts schedule it (daily, say). Refused for a broken chain.
     */
    ChainAnchor publishAnchor(Actor actor);

    /**
     * As {@link #verifyChain(Actor)}, and the chain must still hold the anchored entry unchanged:
     * this also detects entries removed from the end. Keep the head of an intact result somewhere
     * else and pass it here later.
     */
    ChainVerification verifyChain(Actor actor, ChainAnchor anchor);

    /** Moves entries older than the retention period to the archive; compliance-relevant ones stay. */
    ArchiveReport archive(Actor actor, ArchiveAuditEntries command);
}
