package org.namc.persistence.jpa;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.namc.NamcPortalBuilder;
import org.namc.testing.MutableClock;
import org.namc.testing.PortalFixture;
import org.namc.testing.contract.SecurityScenarios;

class JpaSecurityScenariosTest extends SecurityScenarios {
    @RegisterExtension
    static final TestSchema db = new TestSchema();

    @Override
    protected PortalFixture newPortal(NamcPortalBuilder settings) {
        return JpaPortal.on(db, MutableClock.at("2026-01-15T09:00:00Z"), settings);
    }
}
