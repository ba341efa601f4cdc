package org.namc.architecture.violations.beta.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.namc.architecture.violations.shared.internal.SharedScope;

/** Nothing here may be flagged: an injected Clock, SecureRandom, and the kernel's internal package. */
public final class AllowedUsages {
    private final Clock clock;
    private final SecureRandom random;

    public AllowedUsages(Clock clock, SecureRandom random) {
        this.clock = clock;
        this.random = random;
    }

    public String legal() {
        return Instant.now(clock) + " " + LocalDate.now(clock) + " " + random.nextInt(6) + new SharedScope().name();
    }
}
