package org.namc.shared.crypto;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import org.namc.shared.spi.IdGenerator;

/**
 * UUIDv7 (RFC 9562): a 48-bit Unix millisecond timestamp, then random bits. Ids made close
 * in time sort close together, which keeps B-tree index inserts local instead of scattered
 * across the whole index as with random UUIDs.
 *
 * <p>Ids from one generator strictly increase. Within one millisecond the 12 {@code rand_a}
 * bits act as a counter (RFC 9562 section 6.2, method 1), seeded randomly with its top bit
 * clear so it rarely overflows; when it does, or when the clock steps back, the timestamp is
 * carried forward past the last one used instead of going backwards.
 */
public final class TimeOrderedIdGenerator implements IdGenerator {
    private static final long MAX_TIMESTAMP = (1L << 48) - 1;
    private static final int COUNTER_MAX = 0xfff;
    private static final int COUNTER_SEED_BOUND = 1 << 11;

    private final Clock clock;
    private final SecureRandom random;

    // Guarded by this.
    private long lastMillis = Long.MIN_VALUE;
    private int counter;

    public TimeOrderedIdGenerator(Clock clock, SecureRandom random) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
    }

    @Override
    public UUID newId() {
        long millis;
        int sequence;
        synchronized (this) {
            long now = clock.millis();
            if (now > lastMillis) {
                lastMillis = now;
                counter = random.nextInt(COUNTER_SEED_BOUND);
            } else if (counter < COUNTER_MAX) {
                counter++;
            } else {
                lastMillis++;
                counter = 0;
            }
            millis = lastMillis;
            sequence = counter;
        }
        if (millis < 0 || millis > MAX_TIMESTAMP) {
            throw new IllegalStateException("the clock is outside the UUIDv7 range: " + millis + " ms");
        }
        long mostSignificant = (millis << 16) | 0x7000L | sequence;
        long leastSignificant = (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return new UUID(mostSignificant, leastSignificant);
    }

    @Override
    public String toString() {
        return "TimeOrderedIdGenerator[" + clock + "]";
    }
}
