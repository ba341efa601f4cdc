package org.namc.testing.inmemory;

import org.namc.billing.spi.GatewayEvents;
import org.namc.testing.contract.GatewayEventsContract;

class InMemoryGatewayEventsTest extends GatewayEventsContract {
    private final InMemoryGatewayEvents events = new InMemoryGatewayEvents();

    @Override
    protected GatewayEvents events() {
        return events;
    }
}
