package org.namc.audit.domain;

import org.jspecify.annotations.Nullable;

/** Whether the audit chain is intact, or where and how it is broken. */
public sealed interface ChainVerification {

    long entriesChecked();

    default boolean isIntact() {
        return this instanceof Intact;
    }

    /** Every entry links to its predecessor and hashes to what it stores; {@code head} is null for an empty trail. */
    record Intact(long entriesChecked, @Nullable ChainAnchor head) implements ChainVerification {
    }

    /** The first problem found, at {@code sequence}, in words a person can act on. */
    record Broken(long entriesChecked, long sequence, Problem problem, String detail) implements ChainVerification {
    }

    enum Problem {
        /** The entry's content no longer hashes to the hash it stores. */
        ALTERED,
        /** The entry does not link to the one before it: that one was altered and re-hashed, or replaced. */
        LINK_BROKEN,
        /** An entry with this sequence number is gone. */
        MISSING,
        /** The chain does not reach the given anchor, or holds another entry there: entries were removed or replaced. */
        ANCHOR_MISMATCH
    }
}
