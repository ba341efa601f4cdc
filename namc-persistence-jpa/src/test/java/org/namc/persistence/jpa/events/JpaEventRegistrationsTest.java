package org.namc.persistence.jpa.events;

import static org.namc.testing.data.EventBuilder.anEvent;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.namc.events.domain.EventId;
import org.namc.events.spi.EventRegistrations;
import org.namc.events.spi.Events;
import org.namc.persistence.jpa.ExistingMembers;
import org.namc.persistence.jpa.TestSchema;
import org.namc.shared.domain.MemberId;
import org.namc.shared.spi.Transactions;
import org.namc.testing.contract.EventRegistrationsContract;

class JpaEventRegistrationsTest extends EventRegistrationsContract {
    @RegisterExtension
    static final TestSchema db = new TestSchema();

    @BeforeEach
    void emptyStore() {
        db.truncateAll();
    }

    @Override
    protected EventRegistrations registrations() {
        return db.persistence().eventRegistrations();
    }

    @Override
    protected Transactions transactions() {
        return db.persistence().transactions();
    }

    /** The member registering, and an event without a capacity limit, as the foreign keys need. */
    @Override
    protected void eventExists(EventId id, MemberId creator) {
        ExistingMembers.ensure(db, creator);
        Events events = db.persistence().events();
        if (events.findById(id).isEmpty()) {
            events.save(anEvent().startingDaysAfter(NOW, 30).event(id, creator, NOW));
        }
    }
}
