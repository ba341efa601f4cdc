package org.namc.persistence.jpa.billing;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.namc.billing.spi.GatewayEvents;
import org.namc.persistence.jpa.TestSchema;
import org.namc.testing.contract.GatewayEventsContract;

class JpaGatewayEventsTest extends GatewayEventsContract {
    @RegisterExtension
    static final TestSchema db = new TestSchema();

    @Override
    protected GatewayEvents events() {
        return db.persistence().gatewayEvents();
    }
}
