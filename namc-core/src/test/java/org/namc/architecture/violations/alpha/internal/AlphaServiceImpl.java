package org.namc.architecture.violations.alpha.internal;

import java.time.Instant;
import java.util.Random;
import java.util.UUID;
import org.namc.architecture.violations.alpha.AlphaApi;
import org.namc.architecture.violations.shared.internal.SharedScope;

/**
 * Rule 5 (ends with Impl), rule 6a (java.util.Random, Math.random(), UUID.randomUUID())
 * and rule 6b (Instant.now()). Its use of the kernel's internal package is legal.
 */
public final class AlphaServiceImpl implements AlphaApi {
    private final Random random = new Random();
    private final SharedScope scope;

    public AlphaServiceImpl(SharedScope scope) {
        this.scope = scope;
    }

    @Override
    public String run() {
        return scope.name() + random.nextInt(6) + Math.random() + UUID.randomUUID() + Instant.now();
    }
}
