package org.namc.testing.inmemory;

import java.time.Instant;
import org.namc.NamcPortalBuilder;
import org.namc.testing.contract.BillingFixture;
import org.namc.testing.contract.DocumentScenarios;

class InMemoryDocumentScenariosTest extends DocumentScenarios {
    @Override
    protected BillingFixture newBilling(NamcPortalBuilder settings, Instant start) {
        return InMemoryBillingFixtures.create(settings, start);
    }
}
