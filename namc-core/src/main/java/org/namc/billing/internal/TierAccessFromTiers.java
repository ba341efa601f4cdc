package org.namc.billing.internal;

import java.util.Optional;
import org.namc.access.domain.TierAccess;
import org.namc.access.spi.TierPermissions;
import org.namc.billing.domain.MembershipTier;
import org.namc.billing.spi.MembershipTiers;
import org.namc.shared.domain.NamcException;

/**
 * Access control's view of the tiers: their priority level and permission rules, read from the
 * tiers store. A tier taken off sale still confers its access on members who hold it.
 */
public final class TierAccessFromTiers implements TierPermissions {
    private final MembershipTiers tiers;

    public TierAccessFromTiers(MembershipTiers tiers) {
        this.tiers = tiers;
    }

    @Override
    public Optional<TierAccess> forTier(String tier) {
        String code;
        try {
            code = MembershipTier.normaliseCode(tier);
        } catch (NamcException malformed) {
            return Optional.empty(); // a membership may name a tier no store could hold
        }
        return tiers.findByCode(code).map(MembershipTier::access);
    }
}
