package org.namc.persistence.jpa.events;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.namc.events.domain.Event;
import org.namc.events.domain.EventId;
import org.namc.events.domain.EventStatus;
import org.namc.events.domain.Visibility;
import org.namc.events.spi.Events;
import org.namc.persistence.jpa.ExistingMembers;
import org.namc.persistence.jpa.TestSchema;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;
import org.namc.testing.contract.EventsContract;

class JpaEventsTest extends EventsContract {
    @RegisterExtension
    static final TestSchema db = new TestSchema();

    @BeforeEach
    void emptyStore() {
        db.truncateAll();
    }

    /** The store, storing each event's creator first (events.created_by references users). */
    @Override
    protected Events events() {
        Events store = db.persistence().events();
        return new Events() {
            @Override
            public Event save(Event event) {
                ExistingMembers.ensure(db, event.createdBy());
                return store.save(event);
            }

            @Override
            public Optional<Event> findById(EventId id) {
                return store.findById(id);
            }

            @Override
            public Page<Event> startingFrom(Instant from, Set<EventStatus> statuses, Set<Visibility> visibilities,
                                            PageRequest page) {
                return store.startingFrom(from, statuses, visibilities, page);
            }
        };
    }
}
