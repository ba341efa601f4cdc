package org.namc.access.internal;

import java.util.concurrent.atomic.AtomicLong;
import org.namc.access.spi.AccessChanges;

/** The access-change counter of a single node: enough when one process serves the portal. */
public final class InProcessAccessChanges implements AccessChanges {
    private final AtomicLong counter = new AtomicLong();

    @Override
    public void record() {
        counter.incrementAndGet();
    }

    @Override
    public long current() {
        return counter.get();
    }
}
