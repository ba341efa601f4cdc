package org.namc.persistence.jpa.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.testing.data.EventBuilder.anEvent;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.namc.events.domain.Attendee;
import org.namc.events.domain.Event;
import org.namc.events.domain.EventId;
import org.namc.events.domain.EventStatus;
import org.namc.events.domain.Registration;
import org.namc.events.domain.RegistrationId;
import org.namc.events.domain.Seat;
import org.namc.events.domain.Visibility;
import org.namc.persistence.jpa.ExistingMembers;
import org.namc.persistence.jpa.TestSchema;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;

/** Event and registration listings cost the same statements for 2 rows as for 40: nothing is loaded per row. */
class RegistrationListingStatementsTest {
    private static final Instant NOW = Instant.parse("2026-02-01T10:00:00Z");

    @RegisterExtension
    static final TestSchema db = new TestSchema();

    private final MemberId staff = new MemberId(UUID.randomUUID());
    private final MemberId maria = new MemberId(UUID.randomUUID());
    private @Nullable EventId crowded;

    @Test
    void listingsDoNotQueryOncePerRow() {
        ExistingMembers.ensure(db, staff, maria);
        addEvents(2);
        List<Long> few = statementsOfListings();
        addEvents(38);
        List<Long> many = statementsOfListings();

        assertThat(few).as("a count and one page each").containsOnly(2L);
        assertThat(many).isEqualTo(few);
    }

    private List<Long> statementsOfListings() {
        EventId event = Objects.requireNonNull(crowded);
        return List.of(
                statementsOf(() -> db.persistence().events().startingFrom(NOW, EnumSet.of(EventStatus.PUBLISHED),
                        EnumSet.allOf(Visibility.class), PageRequest.first(100))),
                statementsOf(() -> db.persistence().eventRegistrations().forEvent(event, PageRequest.first(100))),
                statementsOf(() -> db.persistence().eventRegistrations().forMember(maria, PageRequest.first(100))));
    }

    private static long statementsOf(Supplier<Page<?>> listing) {
        return db.statementsOf(() -> assertThat(db.persistence().transactions().inTransaction(listing).items())
                .isNotEmpty());
    }

    /** Published events, maria registered for each; the first event also gets one more registrant per event. */
    private void addEvents(int count) {
        for (int i = 0; i < count; i++) {
            Event event = db.persistence().events().save(anEvent().startingDaysAfter(NOW, 10 + i)
                    .event(new EventId(UUID.randomUUID()), staff, NOW).published(NOW));
            crowded = crowded == null ? event.id() : crowded;
            register(event.id(), maria);
            MemberId other = new MemberId(UUID.randomUUID());
            ExistingMembers.ensure(db, other);
            register(crowded, other);
        }
    }

    private static void register(EventId event, MemberId member) {
        db.persistence().eventRegistrations().save(Registration.admitted(new RegistrationId(UUID.randomUUID()), event,
                member, Seat.waitlisted(1), Attendee.standard(), NOW, 0));
    }
}
