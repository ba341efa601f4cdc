package org.namc.testing.inmemory;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.namc.access.domain.TierAccess;
import org.namc.access.spi.TierPermissions;

/** Tier access set by the test (or, later, by the billing context's tiers). */
public final class InMemoryTierPermissions implements TierPermissions {
    private final ConcurrentHashMap<String, TierAccess> tiers = new ConcurrentHashMap<>();

    public void define(TierAccess access) {
        tiers.put(access.tier(), access);
    }

    @Override
    public Optional<TierAccess> forTier(String tier) {
        return Optional.ofNullable(tiers.get(tier));
    }
}
