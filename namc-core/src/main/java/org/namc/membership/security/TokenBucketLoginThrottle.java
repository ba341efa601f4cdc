package org.namc.membership.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.namc.membership.spi.LoginThrottle;

/**
 * Token buckets per account name and per client address, kept in this process. Each bucket
 * holds {@code capacity} attempts and refills one every {@code refill}; an attempt needs a
 * token from every bucket that applies. Buckets that refilled completely are dropped once the
 * maps grow past {@link #MAX_TRACKED}, so memory stays bounded under a flood of names.
 */
public final class TokenBucketLoginThrottle implements LoginThrottle {
    static final int MAX_TRACKED = 100_000;

    private final Limit perAccount;
    private final Limit perAddress;
    private final Map<String, Bucket> accounts = new ConcurrentHashMap<>();
    private final Map<String, Bucket> addresses = new ConcurrentHashMap<>();

    /** How many attempts a bucket holds and how fast one comes back. */
    public record Limit(int capacity, Duration refill) {
        public Limit {
            if (capacity < 1 || refill.isNegative() || refill.isZero()) {
                throw new IllegalArgumentException("capacity >= 1 and refill > 0");
            }
        }
    }

    public TokenBucketLoginThrottle(Limit perAccount, Limit perAddress) {
        this.perAccount = perAccount;
        this.perAddress = perAddress;
    }

    /**
     * 20 attempts per account name, one more every 30 seconds; 100 per address, one more
     * every 3 seconds (an address trying many names is credential stuffing).
     */
    public static TokenBucketLoginThrottle standard() {
        return new TokenBucketLoginThrottle(new Limit(20, Duration.ofSeconds(30)), new Limit(100, Duration.ofSeconds(3)));
    }

    @Override
    public Optional<Instant> acquire(String account, @Nullable String address, Instant now) {
        Bucket byAccount = bucket(accounts, account, perAccount, now);
        Bucket byAddress = address == null ? null : bucket(addresses, address, perAddress, now);
        // Lock in a fixed order (account, then address) so two attempts cannot deadlock.
        synchronized (byAccount) {
            if (byAddress == null) {
                return byAccount.take(perAccount, now);
            }
            synchronized (byAddress) {
                Optional<Instant> accountWait = byAccount.waitFor(perAccount, now);
                Optional<Instant> addressWait = byAddress.waitFor(perAddress, now);
                if (accountWait.isPresent() || addressWait.isPresent()) {
                    return later(accountWait, addressWait);
                }
                byAccount.take(perAccount, now);
                return byAddress.take(perAddress, now);
            }
        }
    }

    private static Optional<Instant> later(Optional<Instant> a, Optional<Instant> b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isEmpty() || a.get().isAfter(b.get()) ? a : b;
    }

    private static Bucket bucket(Map<String, Bucket> buckets, String key, Limit limit, Instant now) {
        if (buckets.size() > MAX_TRACKED) {
            buckets.values().removeIf(b -> b.isFullAt(limit, now));
        }
        return buckets.computeIfAbsent(key, k -> new Bucket(limit.capacity(), now));
    }

    /** Tokens as of {@code updated}; refilled lazily from the clock the caller passes. */
    private static final class Bucket {
        private double tokens;
        private Instant updated;

        Bucket(int tokens, Instant now) {
            this.tokens = tokens;
            this.updated = now;
        }

        synchronized boolean isFullAt(Limit limit, Instant now) {
            refill(limit, now);
            return tokens >= limit.capacity();
        }

        Optional<Instant> waitFor(Limit limit, Instant now) {
            refill(limit, now);
            if (tokens >= 1) {
                return Optional.empty();
            }
            long millis = (long) Math.ceil((1 - tokens) * Math.max(1, limit.refill().toMillis()));
            return Optional.of(now.plusMillis(millis));
        }

        Optional<Instant> take(Limit limit, Instant now) {
            Optional<Instant> wait = waitFor(limit, now);
            if (wait.isEmpty()) {
                tokens -= 1;
            }
            return wait;
        }

        private void refill(Limit limit, Instant now) {
            if (now.isAfter(updated)) {
                double gained = (double) Duration.between(updated, now).toMillis()
                        / Math.max(1, limit.refill().toMillis());
                tokens = Math.min(limit.capacity(), tokens + gained);
                updated = now;
            }
        }
    }
}
