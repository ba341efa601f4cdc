package org.namc.testing.contract;

import org.namc.shared.domain.CommonRefusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.testing.assertions.NamcExceptionAssert.assertThatNamcException;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.namc.events.domain.Attendee;
import org.namc.events.domain.EmergencyContact;
import org.namc.events.domain.EventId;
import org.namc.events.domain.Registration;
import org.namc.events.domain.RegistrationCounts;
import org.namc.events.domain.RegistrationId;
import org.namc.events.domain.RegistrationStatus;
import org.namc.events.domain.Seat;
import org.namc.events.spi.EventRegistrations;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Money;
import org.namc.shared.domain.PageRequest;
import org.namc.shared.spi.Transactions;

/** What every {@link EventRegistrations} adapter must do. */
public abstract class EventRegistrationsContract {
    protected static final Instant NOW = Instant.parse("2026-02-01T10:00:00Z");
    private final EventId event = new EventId(UUID.randomUUID());

    /** An empty store. */
    protected abstract EventRegistrations registrations();

    /** The transactions the store takes part in. */
    protected abstract Transactions transactions();

    /**
     * Stores the event the registrations belong to, for adapters whose schema needs it
     * (a foreign key); the in-memory store needs nothing.
     */
    protected void eventExists(EventId id, MemberId creator) {
    }

    private Registration save(MemberId member, Seat seat, Instant at) {
        eventExists(event, member);
        return registrations().save(Registration.admitted(new RegistrationId(UUID.randomUUID()), event, member, seat,
                Attendee.standard(), at, 0));
    }

    private static MemberId someone() {
        return new MemberId(UUID.randomUUID());
    }

    private static Seat confirmed() {
        return new Seat(RegistrationStatus.REGISTERED, null, null, null);
    }

    @Test
    void keepsEveryFieldThroughARoundTrip() {
        MemberId maria = someone();
        eventExists(event, maria);
        Attendee attendee = new Attendee("vegetarian", "step-free access", new EmergencyContact("Luis", "415-555-0101",
                "partner"), Map.of("company", "Lopez Electric"), true, false);
        Registration held = registrations().save(Registration.admitted(new RegistrationId(UUID.randomUUID()), event, maria,
                new Seat(RegistrationStatus.PENDING_PAYMENT, null, NOW.plus(Duration.ofHours(48)),
                        Money.of("90.00", "USD")), attendee, NOW, 0));
        Registration paid = registrations().save(held.paid("pay-1", Money.of("90.00", "USD"), NOW.plusSeconds(60)));

        Registration loaded = registrations().findById(held.id()).orElseThrow();
        assertThat(loaded).isEqualTo(paid);
        assertThat(loaded.version()).isEqualTo(1);
        assertThat(registrations().find(event, maria)).contains(paid);
        assertThat(registrations().findByPaymentId("pay-1")).contains(paid);
        assertThat(registrations().findByPaymentId("pay-2")).isEmpty();
    }

    @Test
    void refusesASecondRegistrationOfTheSameMemberAndAStaleVersion() {
        MemberId maria = someone();
        Registration first = save(maria, confirmed(), NOW);

        assertThatNamcException(() -> save(maria, confirmed(), NOW)).hasReason(CommonRefusal.DUPLICATE);
        registrations().save(first.cancelled(NOW, null));
        assertThatNamcException(() -> registrations().save(first.cancelled(NOW, "again")))
                .hasReason(CommonRefusal.CONCURRENT_CHANGE);
    }

    @Test
    void countsSeatsAttendeesAndTheWaitlistAsTheyStandInTheUnit() {
        save(someone(), confirmed(), NOW);
        Registration attendee = save(someone(), confirmed(), NOW);
        registrations().save(attendee.checkedIn(someone(), NOW));
        save(someone(), new Seat(RegistrationStatus.PENDING_APPROVAL, null, null, null), NOW);
        save(someone(), Seat.waitlisted(1), NOW);
        save(someone(), Seat.waitlisted(2), NOW);
        Registration cancelled = save(someone(), confirmed(), NOW);
        registrations().save(cancelled.cancelled(NOW, null));

        assertThat(registrations().countsFor(event)).isEqualTo(new RegistrationCounts(3, 1, 2));
        transactions().run(() -> {
            save(someone(), confirmed(), NOW);
            assertThat(registrations().countsFor(event).registrations()).isEqualTo(4);
        });
    }

    @Test
    void hasTheLowestTicketNextAndFindsExpiredHolds() {
        save(someone(), Seat.waitlisted(7), NOW);
        Registration lowest = save(someone(), Seat.waitlisted(3), NOW.plusSeconds(5));
        Registration expiring = save(someone(), new Seat(RegistrationStatus.PENDING_PAYMENT, null, NOW.plusSeconds(60),
                Money.of("10.00", "USD")), NOW);
        save(someone(), new Seat(RegistrationStatus.PENDING_PAYMENT, null, NOW.plusSeconds(600),
                Money.of("10.00", "USD")), NOW);

        assertThat(registrations().nextWaitlisted(event)).contains(lowest);
        assertThat(registrations().nextWaitlisted(new EventId(UUID.randomUUID()))).isEmpty();
        assertThat(registrations().expiredHolds(event, NOW.plusSeconds(59))).isEmpty();
        assertThat(registrations().expiredHolds(event, NOW.plusSeconds(60))).containsExactly(expiring);
    }

    @Test
    void pagesAnEventsRegistrationsInOrderAndAMembersMostRecentFirst() {
        MemberId maria = someone();
        Registration a = save(someone(), confirmed(), NOW);
        Registration b = save(maria, confirmed(), NOW.plusSeconds(10));
        Registration c = save(someone(), confirmed(), NOW.plusSeconds(20));

        assertThat(registrations().forEvent(event, PageRequest.first(2)).items()).containsExactly(a, b);
        assertThat(registrations().forEvent(event, new PageRequest(1, 2)).items()).containsExactly(c);
        assertThat(registrations().forEvent(event, PageRequest.first(2)).totalItems()).isEqualTo(3);
        assertThat(registrations().forMember(maria, PageRequest.first(5)).items()).containsExactly(b);
    }
}
