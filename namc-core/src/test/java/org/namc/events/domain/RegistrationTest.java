package org.namc.events.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Money;
import org.namc.shared.domain.NamcException;

class RegistrationTest {
    private static final Instant NOW = Instant.parse("2026-01-15T09:00:00Z");
    private static final Duration HOLD = Duration.ofHours(48);
    private static final MemberId MARIA = new MemberId(new UUID(7, 1));

    private static Event event(Pricing pricing, boolean approval) {
        return Event.draft(new EventId(new UUID(3, 4)), EventDetails.of("Mixer", "Drinks", EventCategory.SOCIAL),
                Schedule.local(LocalDateTime.of(2026, 2, 1, 18, 0), LocalDateTime.of(2026, 2, 1, 20, 0),
                        "America/Los_Angeles"), EventLocation.inPerson(new Venue("Hall", null, null)),
                new RegistrationRules(10, null, approval), pricing, Visibility.PUBLIC, MARIA, NOW);
    }

    private static Registration admitted(Seat seat) {
        return Registration.admitted(new RegistrationId(new UUID(5, 5)), new EventId(new UUID(3, 4)), MARIA, seat,
                Attendee.standard(), NOW, 0);
    }

    @Test
    void theDeskSeatsByApprovalThenPriceThenFree() {
        assertThat(Seat.on(event(Pricing.free(), false), NOW, NOW, HOLD).status()).isEqualTo(RegistrationStatus.REGISTERED);
        Seat paid = Seat.on(event(Pricing.of(Money.of("25.00", "USD")), false), NOW, NOW, HOLD);
        assertThat(paid.status()).isEqualTo(RegistrationStatus.PENDING_PAYMENT);
        assertThat(paid.holdExpiresAt()).isEqualTo(NOW.plus(HOLD));
        Seat review = Seat.on(event(Pricing.of(Money.of("25.00", "USD")), true), NOW, NOW, HOLD);
        assertThat(review.status()).isEqualTo(RegistrationStatus.PENDING_APPROVAL);
        assertThat(Seat.afterApproval(admitted(review), NOW, HOLD).status()).isEqualTo(RegistrationStatus.PENDING_PAYMENT);
    }

    @Test
    void aHoldExpiresAtItsTimeAndOnlyAHeldSeatCanBePaidOrExpire() {
        Registration held = admitted(new Seat(RegistrationStatus.PENDING_PAYMENT, null, NOW.plusSeconds(60),
                Money.of("25.00", "USD")));

        assertThat(held.isHoldExpiredAt(NOW.plusSeconds(59))).isFalse();
        assertThat(held.isHoldExpiredAt(NOW.plusSeconds(60))).isTrue();
        assertThat(held.expired(NOW).status()).isEqualTo(RegistrationStatus.EXPIRED);
        Registration confirmed = held.paid("p-1", Money.of("25.00", "USD"), NOW);
        assertThat(confirmed.status()).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(confirmed.holdExpiresAt()).isNull();
        assertThat(catchThrowableOfType(NamcException.class, () -> confirmed.expired(NOW)).reason())
                .isEqualTo(EventsRefusal.REGISTRATION_STATUS_FORBIDS);
    }

    @Test
    void statusesKnowWhetherTheyHoldASeat() {
        assertThat(RegistrationStatus.PENDING_APPROVAL.holdsSeat()).isTrue();
        assertThat(RegistrationStatus.WAITLISTED.holdsSeat()).isFalse();
        assertThat(RegistrationStatus.WAITLISTED.isActive()).isTrue();
        assertThat(RegistrationStatus.EXPIRED.isActive()).isFalse();
        Registration waiting = admitted(Seat.waitlisted(4));
        assertThat(waiting.waitlistTicket()).isEqualTo(4);
        Registration promoted = waiting.promoted(Seat.on(event(Pricing.free(), false), NOW, NOW, HOLD), NOW);
        assertThat(promoted.status()).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(promoted.waitlistTicket()).isNull();
        assertThat(promoted.promotedAt()).isEqualTo(NOW);
        assertThat(catchThrowableOfType(NamcException.class, () -> promoted.promoted(Seat.waitlisted(1), NOW)).reason())
                .isEqualTo(EventsRefusal.REGISTRATION_STATUS_FORBIDS);
    }
}
