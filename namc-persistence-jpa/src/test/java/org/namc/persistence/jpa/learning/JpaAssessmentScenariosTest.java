package org.namc.persistence.jpa.learning;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.namc.NamcPortalBuilder;
import org.namc.persistence.jpa.JpaPortal;
import org.namc.persistence.jpa.TestSchema;
import org.namc.testing.MutableClock;
import org.namc.testing.PortalFixture;
import org.namc.testing.contract.AssessmentScenarios;

class JpaAssessmentScenariosTest extends AssessmentScenarios {
    @RegisterExtension
    static final TestSchema db = new TestSchema();

    @Override
    protected PortalFixture newPortal(NamcPortalBuilder settings) {
        return JpaPortal.on(db, MutableClock.at("2026-01-15T09:00:00Z"), settings);
    }
}
