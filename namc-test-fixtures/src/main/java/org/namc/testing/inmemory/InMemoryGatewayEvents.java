package org.namc.testing.inmemory;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.namc.billing.domain.GatewayEvent;
import org.namc.billing.spi.GatewayEvents;
import org.namc.shared.domain.NamcException;

/** The gateway's events in memory; every method is atomic, like the unique key of the database table. */
public final class InMemoryGatewayEvents implements GatewayEvents {
    private final Map<String, GatewayEvent> events = new LinkedHashMap<>();

    @Override
    public synchronized boolean recordIfNew(GatewayEvent event) {
        return events.putIfAbsent(event.id(), event) == null;
    }

    @Override
    public synchronized boolean retryIfFailed(String id, Instant now) {
        GatewayEvent event = events.get(id);
        if (event == null || event.status() != GatewayEvent.Status.FAILED) {
            return false;
        }
        events.put(id, event.retried(now));
        return true;
    }

    @Override
    public synchronized void update(GatewayEvent event) {
        if (!events.containsKey(event.id())) {
            throw NamcException.notFound("gateway event", event.id());
        }
        events.put(event.id(), event);
    }

    @Override
    public synchronized Optional<GatewayEvent> find(String id) {
        return Optional.ofNullable(events.get(id));
    }

    @Override
    public synchronized List<GatewayEvent> failed(int limit) {
        return events.values().stream().filter(e -> e.status() == GatewayEvent.Status.FAILED)
                .sorted(Comparator.comparing(GatewayEvent::receivedAt).thenComparing(GatewayEvent::id))
                .limit(limit).toList();
    }
}
