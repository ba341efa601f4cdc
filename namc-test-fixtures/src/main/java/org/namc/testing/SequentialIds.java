package org.namc.testing;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.namc.shared.spi.IdGenerator;

/** Readable, repeatable ids for tests: 00000000-0000-7000-8000-000000000001, ...002, ... */
public final class SequentialIds implements IdGenerator {
    private static final long VERSION_7 = 0x7000L;
    private static final long VARIANT = 0x8000_0000_0000_0000L;
    private final AtomicLong next = new AtomicLong(1);

    @Override
    public UUID newId() {
        return new UUID(VERSION_7, VARIANT | next.getAndIncrement());
    }
}
