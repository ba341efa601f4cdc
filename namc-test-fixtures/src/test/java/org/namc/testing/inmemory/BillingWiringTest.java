package org.namc.testing.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.namc.testing.data.TierBuilder.aTier;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.namc.NamcPortal;
import org.namc.access.domain.PermissionRule;
import org.namc.access.domain.TierAccess;
import org.namc.billing.SetPaymentMethod;
import org.namc.billing.Subscribe;
import org.namc.shared.authorization.Permission;
import org.namc.shared.authorization.ResourceRef;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.MemberId;
import org.namc.testing.MutableClock;
import org.namc.testing.SequentialIds;
import org.namc.testing.data.MemberBuilder;

/** How billing is wired: its ports are required, and access control reads tiers from them. */
class BillingWiringTest {
    private final InMemoryAdapters adapters =
            new InMemoryAdapters(MutableClock.at("2026-01-15T17:00:00Z"), new SequentialIds());

    @Test
    void tierAccessNeedsNoPortOfItsOwnOnceTheTiersAreGiven() {
        assertThatThrownBy(() -> NamcPortal.builder().build())
                .hasMessageContaining("membershipTiers")
                .hasMessageNotContaining("tierPermissions");
        assertThat(adapters.applyTo(NamcPortal.builder()).build().billing()).isNotNull();
    }

    @Test
    void anExplicitTierPermissionsPortOverridesTheTiers() {
        NamcPortal portal = adapters.applyTo(NamcPortal.builder())
                .tierPermissions(tier -> Optional.of(new TierAccess(tier, 9, Set.of(PermissionRule.parse("audit:read")))))
                .build();
        portal.access().seedSystemRoles(Actor.system());
        aTier("GOLD").define(portal.billing());
        MemberId ana = MemberBuilder.aMember().registerVerified(portal.membership());
        portal.billing().setPaymentMethod(Actor.member(ana), new SetPaymentMethod(ana, InMemoryPaymentGateway.VISA));
        portal.billing().subscribe(Actor.member(ana), Subscribe.monthly(ana, "GOLD"));

        assertThat(portal.access().decide(Actor.member(ana), Permission.of("audit", "read"), ResourceRef.any("audit"))
                .isAllowed()).isTrue();
    }
}
