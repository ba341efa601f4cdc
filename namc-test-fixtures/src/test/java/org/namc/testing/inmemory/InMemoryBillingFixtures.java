package org.namc.testing.inmemory;

import java.time.Instant;
import org.namc.NamcPortalBuilder;
import org.namc.testing.MutableClock;
import org.namc.testing.contract.BillingFixture;

/** The in-memory portal as the billing scenario suites want it. */
final class InMemoryBillingFixtures {
    private InMemoryBillingFixtures() {
    }

    static BillingFixture create(NamcPortalBuilder settings, Instant start) {
        InMemoryPortal portal = InMemoryPortal.withBillingStandIns(MutableClock.at(start), settings);
        InMemoryAdapters adapters = portal.adapters();
        return new BillingFixture(portal, adapters.paymentGateway(), adapters.billingNotices(),
                adapters.purchasables());
    }
}
