package org.namc.testing.inmemory;

import org.namc.shared.domain.CommonRefusal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.namc.events.domain.Event;
import org.namc.events.domain.EventId;
import org.namc.events.domain.EventStatus;
import org.namc.events.domain.Visibility;
import org.namc.events.spi.Events;
import org.namc.shared.domain.NamcException;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;

/** Events in memory, with the database's optimistic version check. */
public final class InMemoryEvents implements Events {
    private final InMemoryTable<EventId, Event> table;

    public InMemoryEvents(InMemoryTransactions transactions) {
        this.table = new InMemoryTable<>(transactions);
    }

    @Override
    public synchronized Event save(Event event) {
        Optional<Event> stored = table.get(event.id());
        if (stored.isPresent() ? stored.get().version() != event.version() : event.version() != 0) {
            throw NamcException.refused(CommonRefusal.CONCURRENT_CHANGE, "event " + event.id() + " was changed concurrently (version "
                    + event.version() + " is stale)");
        }
        Event saved = event.atVersion(stored.map(s -> s.version() + 1).orElse(0L));
        table.put(event.id(), saved);
        return saved;
    }

    @Override
    public Optional<Event> findById(EventId id) {
        return table.get(id);
    }

    @Override
    public Page<Event> startingFrom(Instant from, Set<EventStatus> statuses, Set<Visibility> visibilities,
                                   PageRequest page) {
        List<Event> found = table.where(e -> !e.schedule().start().isBefore(from) && statuses.contains(e.status())
                && visibilities.contains(e.visibility()));
        found.sort(Comparator.comparing((Event e) -> e.schedule().start()).thenComparing(e -> e.id().value()));
        return Page.slice(found, page);
    }
}
