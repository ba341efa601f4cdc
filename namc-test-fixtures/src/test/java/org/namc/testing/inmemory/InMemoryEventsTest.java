package org.namc.testing.inmemory;

import org.namc.events.spi.Events;
import org.namc.testing.contract.EventsContract;

class InMemoryEventsTest extends EventsContract {
    private final InMemoryEvents events = new InMemoryEvents(new InMemoryTransactions());

    @Override
    protected Events events() {
        return events;
    }
}
