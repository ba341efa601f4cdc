package org.namc.testing.inmemory;

import org.namc.NamcPortalBuilder;
import org.namc.testing.MutableClock;
import org.namc.testing.PortalFixture;
import org.namc.testing.contract.SecurityScenarios;

class InMemorySecurityScenariosTest extends SecurityScenarios {
    @Override
    protected PortalFixture newPortal(NamcPortalBuilder settings) {
        return InMemoryPortal.create(MutableClock.at("2026-01-15T09:00:00Z"), settings);
    }
}
