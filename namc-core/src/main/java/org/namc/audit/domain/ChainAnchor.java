package org.namc.audit.domain;

import java.util.Objects;

/**
 * A chain head a host kept somewhere else (printed, in another system). Verifying against it
 * also catches entries removed from the end of the chain, which no chain can show by itself.
 */
public record ChainAnchor(long sequence, String hash) {
    public ChainAnchor {
        Objects.requireNonNull(hash, "hash");
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence starts at 1");
        }
    }
}
