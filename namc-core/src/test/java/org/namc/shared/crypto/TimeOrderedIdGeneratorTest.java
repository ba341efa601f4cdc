package org.namc.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class TimeOrderedIdGeneratorTest {
    private static final Instant T0 = Instant.parse("2025-03-14T15:09:26.535Z");

    @Test
    void idsAreVersion7WithTheRfcVariant() {
        UUID id = new TimeOrderedIdGenerator(Clock.fixed(T0, ZoneOffset.UTC), new SecureRandom()).newId();

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.toString()).matches("[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    }

    @Property
    void theTimestampBitsAreTheClocksMillis(@ForAll @LongRange(min = 0, max = (1L << 48) - 1) long millis) {
        Clock clock = Clock.fixed(Instant.ofEpochMilli(millis), ZoneOffset.UTC);

        UUID id = new TimeOrderedIdGenerator(clock, new SecureRandom()).newId();

        assertThat(timestamp(id)).isEqualTo(millis);
        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
    }

    @Test
    void aTickingClockIsFollowedExactly() {
        SteppingClock clock = new SteppingClock(T0.toEpochMilli(), 1);
        TimeOrderedIdGenerator generator = new TimeOrderedIdGenerator(clock, new SecureRandom());

        for (int i = 0; i < 100; i++) {
            assertThat(timestamp(generator.newId())).isEqualTo(T0.toEpochMilli() + i);
        }
    }

    @Test
    void idsStrictlyIncreaseUnderAFixedClock() {
        TimeOrderedIdGenerator generator = new TimeOrderedIdGenerator(Clock.fixed(T0, ZoneOffset.UTC),
                new SecureRandom());

        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(generator.newId());
        }

        assertThat(timestamp(ids.get(0))).isEqualTo(T0.toEpochMilli());
        assertStrictlyIncreasing(ids);
        // 10,000 ids overflow the 12-bit counter, which carries into the timestamp.
        assertThat(timestamp(ids.get(ids.size() - 1))).isGreaterThan(T0.toEpochMilli());
        assertThat(ids).allSatisfy(id -> assertThat(id.version()).isEqualTo(7));
    }

    @Test
    void idsStrictlyIncreaseWhenTheClockStepsBack() {
        SteppingClock clock = new SteppingClock(T0.toEpochMilli(), -3);
        TimeOrderedIdGenerator generator = new TimeOrderedIdGenerator(clock, new SecureRandom());

        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            ids.add(generator.newId());
        }

        assertStrictlyIncreasing(ids);
        assertThat(ids).allSatisfy(id -> assertThat(timestamp(id)).isGreaterThanOrEqualTo(T0.toEpochMilli()));
    }

    @Test
    void idsStayDistinctAcrossThreads() throws Exception {
        TimeOrderedIdGenerator generator = new TimeOrderedIdGenerator(Clock.fixed(T0, ZoneOffset.UTC),
                new SecureRandom());
        Set<UUID> all = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<UUID>>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                results.add(pool.submit(() -> {
                    start.await();
                    List<UUID> mine = new ArrayList<>(10_000);
                    for (int i = 0; i < 10_000; i++) {
                        mine.add(generator.newId());
                    }
                    return mine;
                }));
            }
            start.countDown();
            for (Future<List<UUID>> result : results) {
                List<UUID> mine = result.get(60, TimeUnit.SECONDS);
                // Each thread sees its own ids in increasing order too.
                assertStrictlyIncreasing(mine);
                all.addAll(mine);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(all).hasSize(40_000);
    }

    private static long timestamp(UUID id) {
        return id.getMostSignificantBits() >>> 16;
    }

    // Compared as a database would: the 128 bits as an unsigned number, i.e. the text form.
    private static void assertStrictlyIncreasing(List<UUID> ids) {
        for (int i = 1; i < ids.size(); i++) {
            assertThat(ids.get(i).toString()).as("id %d", i).isGreaterThan(ids.get(i - 1).toString());
        }
    }

    /** A clock that moves by {@code delta} ms on every read, backwards if negative. */
    private static final class SteppingClock extends Clock {
        private final AtomicLong millis;
        private final long delta;

        SteppingClock(long start, long delta) {
            this.millis = new AtomicLong(start);
            this.delta = delta;
        }

        @Override
        public long millis() {
            return millis.getAndAdd(delta);
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis());
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
