package org.namc.events.internal;

import org.namc.events.RegistrationView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.namc.events.Promotion;
import org.namc.events.domain.Event;
import org.namc.events.domain.EventStatus;
import org.namc.events.domain.Registration;
import org.namc.events.domain.RegistrationCounts;
import org.namc.events.domain.Seat;

/**
 * Keeps an event's seats, waiting list and counters consistent inside a unit of work: it
 * releases payment holds that ran out, gives freed seats to the waiting list in ticket order,
 * and recounts. Counting happens in the unit, after its writes, and the event is saved with
 * its version, so two units can never both take the last seat.
 */
final class RegistrationDesk {
    private final EventsContext ctx;

    RegistrationDesk(EventsContext ctx) {
        this.ctx = ctx;
    }

    /** Expires holds that ran out, then fills every free seat from the waiting list. */
    List<Promotion> settle(Event event, Instant now) {
        for (Registration held : ctx.registrations().expiredHolds(event.id(), now)) {
            Registration expired = ctx.registrations().save(held.expired(now));
            ctx.notifier().enqueue(EventNotices.holdExpired(event, expired));
        }
        return fillFreeSeats(event, now);
    }

    /** Promotes waitlisted members, lowest ticket first, while seats are free and registration is open. */
    List<Promotion> fillFreeSeats(Event event, Instant now) {
        List<Promotion> promotions = new ArrayList<>();
        if (event.status() != EventStatus.PUBLISHED || event.schedule().hasEndedAt(now)) {
            return promotions;
        }
        while (event.rules().hasRoomFor(ctx.registrations().countsFor(event.id()).registrations())) {
            Optional<Registration> next = ctx.registrations().nextWaitlisted(event.id());
            if (next.isEmpty()) {
                break;
            }
            Registration waiting = next.get();
            Seat seat = Seat.on(event, waiting.registeredAt(), now, ctx.settings().offerWindow());
            Registration promoted = ctx.registrations().save(waiting.promoted(seat, now));
            ctx.notifier().enqueue(EventNotices.promoted(event, promoted));
            promotions.add(new Promotion(RegistrationView.of(promoted), promoted.holdExpiresAt()));
        }
        return promotions;
    }

    /** Saves the event with counters recounted from its registrations as they now stand. */
    Event recount(Event event, Instant now) {
        RegistrationCounts counts = ctx.registrations().countsFor(event.id());
        return ctx.events().save(event.withCounts(counts, now));
    }
}
