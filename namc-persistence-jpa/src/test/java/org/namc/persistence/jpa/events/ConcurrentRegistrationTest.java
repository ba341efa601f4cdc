package org.namc.persistence.jpa.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.testing.data.EventBuilder.anEvent;
import static org.namc.testing.data.MemberBuilder.aMember;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.namc.NamcPortal;
import org.namc.events.EventsApi;
import org.namc.events.RegisterForEvent;
import org.namc.events.RegistrationOutcome;
import org.namc.events.domain.EventId;
import org.namc.events.domain.RegistrationCounts;
import org.namc.persistence.jpa.JpaPortal;
import org.namc.persistence.jpa.TestDatabase;
import org.namc.persistence.jpa.TestSchema;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.MemberId;
import org.namc.testing.MutableClock;

/**
 * Capacity is exact in the database: 200 members register at once, through the real use case,
 * for 50 seats. The event's row lock queues them, so each counts what the previous one left.
 */
class ConcurrentRegistrationTest {
    private static final int MEMBERS = 200;
    private static final int SEATS = 50;
    private static final int THREADS = 16;

    @RegisterExtension
    static final TestSchema db = new TestSchema();

    @Test
    void twoHundredConcurrentRegistrationsForFiftySeatsConfirmFiftyAndWaitlistTheRest() throws Exception {
        JpaPortal fixture = JpaPortal.on(db, MutableClock.at("2026-01-15T09:00:00Z"), NamcPortal.builder());
        NamcPortal portal = fixture.portal();
        EventsApi events = portal.events();
        Actor staff = EventStaff.on(portal);
        EventId event = anEvent().withCapacity(SEATS).startingDaysAfter(fixture.clock().instant(), 30)
                .createPublished(events, staff);
        List<MemberId> members = new ArrayList<>();
        for (int i = 0; i < MEMBERS; i++) {
            members.add(aMember().registerVerified(portal.membership()));
        }

        Statistics statistics = db.persistence().statistics();
        statistics.clear();
        long started = System.nanoTime();
        List<RegistrationOutcome> outcomes = registerAll(events, event, members);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

        assertThat(outcomes).filteredOn(o -> o instanceof RegistrationOutcome.Registered).hasSize(SEATS);
        assertThat(outcomes).filteredOn(o -> o instanceof RegistrationOutcome.Waitlisted).hasSize(MEMBERS - SEATS)
                .extracting(o -> ((RegistrationOutcome.Waitlisted) o).position()).doesNotHaveDuplicates();
        assertThat(events.findEvent(staff, event).event().counts())
                .isEqualTo(new RegistrationCounts(SEATS, 0, MEMBERS - SEATS));
        assertThat(storedCounts(event)).containsExactly(SEATS, MEMBERS - SEATS, SEATS, MEMBERS - SEATS);
        long rolledBack = statistics.getTransactionCount() - statistics.getSuccessfulTransactionCount();
        assertThat(rolledBack).as("units that failed and were retried").isZero();
        System.out.printf("%d registrations for %d seats on %d threads: %d ms, %d units rolled back%n", MEMBERS, SEATS,
                THREADS, millis, rolledBack);
    }

    private static List<RegistrationOutcome> registerAll(EventsApi events, EventId event, List<MemberId> members)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<RegistrationOutcome>> futures = new ArrayList<>();
            for (MemberId member : members) {
                futures.add(pool.submit(() -> events.register(Actor.member(member), RegisterForEvent.of(event, member))));
            }
            List<RegistrationOutcome> outcomes = new ArrayList<>();
            for (Future<RegistrationOutcome> future : futures) {
                outcomes.add(future.get(2, TimeUnit.MINUTES));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The event row's counters and the registration rows' statuses, as PostgreSQL holds them. */
    private static List<Integer> storedCounts(EventId event) throws SQLException {
        try (Connection connection = TestDatabase.connect();
             PreparedStatement query = connection.prepareStatement("""
                     select e.registration_count, e.waitlist_count,
                            (select count(*) from %1$s.event_registrations r where r.event_id = e.id and r.status = 'REGISTERED'),
                            (select count(*) from %1$s.event_registrations r where r.event_id = e.id and r.status = 'WAITLISTED')
                     from %1$s.events e where e.id = ?::uuid""".formatted(db.schema()))) {
            query.setString(1, event.toString());
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                return List.of(row.getInt(1), row.getInt(2), row.getInt(3), row.getInt(4));
            }
        }
    }
}
