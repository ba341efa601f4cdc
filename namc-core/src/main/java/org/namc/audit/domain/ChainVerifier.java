package org.namc.audit.domain;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.namc.audit.domain.ChainVerification.Broken;
import org.namc.audit.domain.ChainVerification.Problem;

/**
 * Walks the chain in sequence order, one entry at a time, so a trail of any length is checked
 * in constant memory. Feed it with {@link #accept} until it reports a break, then ask for the
 * {@link #result}. Given an {@link ChainAnchor} kept elsewhere, it also requires the chain to
 * reach that entry unchanged, which catches entries cut from the end.
 */
public final class ChainVerifier {
    private final @Nullable ChainAnchor anchor;
    private @Nullable AuditEntry previous;
    private long checked;
    private boolean anchorSeen;
    private @Nullable Broken broken;

    private ChainVerifier(@Nullable ChainAnchor anchor) {
        this.anchor = anchor;
    }

    public static ChainVerifier fromGenesis() {
        return new ChainVerifier(null);
    }

    public static ChainVerifier against(ChainAnchor anchor) {
        return new ChainVerifier(anchor);
    }

    /** Checks the next entry; the first break found is kept and returned, later entries are ignored. */
    public Optional<Broken> accept(AuditEntry entry) {
        if (broken != null) {
            return Optional.of(broken);
        }
        long expected = previous == null ? 1 : previous.sequence() + 1;
        if (entry.sequence() != expected) {
            return fail(expected, Problem.MISSING, "entry " + expected + " is missing (the next one found is "
                    + entry.sequence() + ")");
        }
        checked++;
        if (!entry.hashMatches()) {
            return fail(entry.sequence(), Problem.ALTERED, "entry " + entry.sequence() + " (" + entry.action()
                    + ") no longer matches its hash: its content was altered");
        }
        String expectedLink = previous == null ? AuditEntry.GENESIS_HASH : previous.hash();
        if (!entry.previousHash().equals(expectedLink)) {
            return fail(entry.sequence(), Problem.LINK_BROKEN, "entry " + entry.sequence()
                    + " does not link to entry " + (entry.sequence() - 1)
                    + ": that entry was altered and re-hashed, or replaced");
        }
        if (anchor != null && entry.sequence() == anchor.sequence()) {
            if (!entry.hash().equals(anchor.hash())) {
                return fail(entry.sequence(), Problem.ANCHOR_MISMATCH, "entry " + entry.sequence()
                        + " is not the anchored one: the chain was rewritten from there on");
            }
            anchorSeen = true;
        }
        previous = entry;
        return Optional.empty();
    }

    public ChainVerification result() {
        if (broken != null) {
            return broken;
        }
        if (anchor != null && !anchorSeen) {
            return new Broken(checked, anchor.sequence(), Problem.ANCHOR_MISMATCH, "the chain ends at "
                    + (previous == null ? 0 : previous.sequence()) + ", before the anchored entry " + anchor.sequence()
                    + ": entries were removed from its end");
        }
        AuditEntry head = previous;
        return new ChainVerification.Intact(checked, head == null ? null : new ChainAnchor(head.sequence(), head.hash()));
    }

    private Optional<Broken> fail(long sequence, Problem problem, String detail) {
        broken = new Broken(checked, sequence, problem, detail);
        return Optional.of(broken);
    }
}
