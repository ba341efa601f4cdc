package org.namc.access.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.namc.access.domain.TierAccess;
import org.namc.access.spi.TierPermissions;

/** A map-backed tier catalogue. */
final class FakeTierPermissions implements TierPermissions {
    private final Map<String, TierAccess> tiers = new HashMap<>();

    void put(TierAccess access) {
        tiers.put(access.tier(), access);
    }

    @Override
    public synchronized Optional<TierAccess> forTier(String tier) {
        return Optional.ofNullable(tiers.get(tier));
    }
}
