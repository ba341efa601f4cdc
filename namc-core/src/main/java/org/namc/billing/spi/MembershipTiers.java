package org.namc.billing.spi;

import java.util.List;
import java.util.Optional;
import org.namc.billing.domain.MembershipTier;

/** The membership tiers store; codes are unique. */
public interface MembershipTiers {

    /**
     * Inserts a new tier (version 0) or updates one whose version matches the stored one, and
     * returns it at its new version. {@code CONFLICT} when the version moved on or another tier
     * holds the code.
     */
    MembershipTier save(MembershipTier tier);

    Optional<MembershipTier> findByCode(String code);

    /** Every tier, active or not, by sort order, then code. */
    List<MembershipTier> all();
}
