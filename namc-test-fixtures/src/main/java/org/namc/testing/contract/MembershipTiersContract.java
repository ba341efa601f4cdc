package org.namc.testing.contract;

import org.namc.shared.domain.CommonRefusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.testing.assertions.NamcExceptionAssert.assertThatNamcException;
import static org.namc.testing.data.TierBuilder.aTier;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.namc.billing.domain.MembershipTier;
import org.namc.billing.domain.TierId;
import org.namc.billing.spi.MembershipTiers;
import org.namc.shared.domain.ErrorCode;

/** What every {@link MembershipTiers} adapter must do. */
public abstract class MembershipTiersContract {
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    /** An empty store. */
    protected abstract MembershipTiers tiers();

    private static MembershipTier tier(String code, int sortOrder) {
        return aTier(code).sortOrder(sortOrder).tier(new TierId(UUID.randomUUID()), NOW);
    }

    @Test
    void keepsEveryTermThroughARoundTrip() {
        MembershipTier gold = aTier("GOLD").monthly("25.00").yearly(null).setupFee("15.00").priority(2).popular()
                .benefits("Directory listing", "Bid alerts").limit("projects", 5)
                .granting("project:bid active-member", "event:register-early own").tier(new TierId(UUID.randomUUID()), NOW);

        MembershipTier saved = tiers().save(gold);
        MembershipTier loaded = tiers().findByCode("GOLD").orElseThrow();

        assertThat(saved.version()).isZero();
        assertThat(loaded.id()).isEqualTo(gold.id());
        assertThat(loaded.terms()).isEqualTo(gold.terms());
        assertThat(loaded.terms().yearlyPrice()).isNull();
        assertThat(loaded.isActive()).isTrue();
        assertThat(loaded.access()).isEqualTo(gold.access());
        assertThat(tiers().findByCode("SILVER")).isEmpty();
    }

    @Test
    void codesAreUniqueAndStaleVersionsConflict() {
        MembershipTier gold = tiers().save(tier("GOLD", 1));
        assertThatNamcException(() -> tiers().save(tier("GOLD", 2))).hasReason(CommonRefusal.DUPLICATE);

        MembershipTier revised = tiers().save(gold.revised(gold.terms(), false, NOW.plusSeconds(60)));
        assertThat(revised.version()).isEqualTo(1);
        assertThat(tiers().findByCode("GOLD").orElseThrow().isActive()).isFalse();
        assertThatNamcException(() -> tiers().save(gold.revised(gold.terms(), true, NOW))).hasReason(CommonRefusal.CONCURRENT_CHANGE);
    }

    @Test
    void listsEveryTierBySortOrderThenCode() {
        tiers().save(tier("PLATINUM", 3));
        tiers().save(tier("SILVER", 1));
        tiers().save(tier("BRONZE", 1));

        assertThat(tiers().all()).extracting(MembershipTier::code).containsExactly("BRONZE", "SILVER", "PLATINUM");
    }
}
