package org.namc.membership.spi;

import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Limits how fast secrets can be guessed, before any account is looked up or any hash is
 * computed: per account name, per client address, or across accounts (credential stuffing),
 * as the host decides. It answers alike for known and unknown accounts, so it tells nothing
 * about which exist. The in-memory default is {@code TokenBucketLoginThrottle}; several
 * nodes should share their buckets (in the host's cache) or throttle at the edge as well.
 */
@FunctionalInterface
public interface LoginThrottle {

    /**
     * Takes one attempt from the budgets that apply; empty when it may go ahead, otherwise the
     * instant from which to try again.
     *
     * @param account the normalised account name (lower-case email) the attempt names
     * @param address the client address from the host's request context, when it gave one
     */
    Optional<Instant> acquire(String account, @Nullable String address, Instant now);

    /** Lets everything through; for hosts that throttle entirely at their edge. */
    static LoginThrottle unlimited() {
        return (account, address, now) -> Optional.empty();
    }
}
