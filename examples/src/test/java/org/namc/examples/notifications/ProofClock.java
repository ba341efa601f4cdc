package org.namc.examples.notifications;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A clock that runs at real speed from a fixed start, and that a test can move forward at once
 * (past digest windows and quiet hours) while workers keep running.
 */
final class ProofClock extends Clock {
    private final Instant start;
    private final long startNanos = System.nanoTime();
    private final AtomicLong jumpedNanos = new AtomicLong();

    ProofClock(Instant start) {
        this.start = start;
    }

    void jump(Duration by) {
        jumpedNanos.addAndGet(by.toNanos());
    }

    @Override
    public Instant instant() {
        return start.plusNanos(System.nanoTime() - startNanos + jumpedNanos.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the proof runs in UTC");
    }
}
