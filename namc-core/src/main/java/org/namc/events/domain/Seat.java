package org.namc.events.domain;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.Money;

/**
 * What the registration desk hands a member: a seat in some status, or a waiting-list ticket.
 * A seat that must be paid for is held until {@code holdExpiresAt}.
 */
public record Seat(RegistrationStatus status, @Nullable Long waitlistTicket, @Nullable Instant holdExpiresAt,
                   @Nullable Money amountDue) {

    /**
     * A free seat on {@code event} for a member who arrived at {@code arrivedAt} (whose price,
     * early-bird or not, they pay): awaiting approval when the event requires it, else awaiting
     * payment (held from {@code now} for {@code hold}) when it costs something, else confirmed.
     */
    public static Seat on(Event event, Instant arrivedAt, Instant now, Duration hold) {
        Money price = event.pricing().priceAt(arrivedAt);
        if (event.rules().requiresApproval()) {
            return new Seat(RegistrationStatus.PENDING_APPROVAL, null, null, price.isZero() ? null : price);
        }
        return priced(price.isZero() ? null : price, now, hold);
    }

    /** The seat after staff approved: payment is due if the registration owes something. */
    public static Seat afterApproval(Registration registration, Instant now, Duration hold) {
        return priced(registration.amountDue(), now, hold);
    }

    private static Seat priced(@Nullable Money due, Instant now, Duration hold) {
        if (due != null && due.isPositive()) {
            return new Seat(RegistrationStatus.PENDING_PAYMENT, null, now.plus(hold), due);
        }
        return new Seat(RegistrationStatus.REGISTERED, null, null, null);
    }

    public static Seat waitlisted(long ticket) {
        return new Seat(RegistrationStatus.WAITLISTED, ticket, null, null);
    }
}
