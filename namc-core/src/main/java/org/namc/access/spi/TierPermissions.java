package org.namc.access.spi;

import java.util.Optional;
import org.namc.access.domain.TierAccess;

/** The access a membership tier confers; billing owns the tiers and answers this. */
@FunctionalInterface
public interface TierPermissions {
    Optional<TierAccess> forTier(String tier);
}
