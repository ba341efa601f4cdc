package org.namc.architecture.violations.beta.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/** Rule 6b (every way to read the system clock) and 6a (ThreadLocalRandom, a UUID::randomUUID reference). */
public final class ClockDodger {
    public Object[] readTheWallClock() {
        Supplier<Instant> instants = Instant::now;
        return new Object[] {
            LocalDate.now(), LocalDateTime.now(), ZonedDateTime.now(), OffsetDateTime.now(),
            System.currentTimeMillis(), instants.get(), LocalDate.now(ZoneOffset.UTC)
        };
    }

    public Object roll() {
        Supplier<UUID> ids = UUID::randomUUID;
        return ThreadLocalRandom.current().nextInt(6) + ids.get().toString();
    }
}
