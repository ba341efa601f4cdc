package org.namc.events;

import java.time.Instant;
import org.namc.events.domain.Registration;
import org.namc.shared.domain.Money;

/** How a registration ended up; the caller tells the member which one. */
public sealed interface RegistrationOutcome {

    Registration registration();

    /** A confirmed seat. */
    record Registered(Registration registration) implements RegistrationOutcome {
    }

    /** A seat held until staff decide. */
    record AwaitingApproval(Registration registration) implements RegistrationOutcome {
    }

    /** A seat held until {@code payBy}; pay {@code amountDue} with {@code paymentReference}, then confirm. */
    record AwaitingPayment(Registration registration, Money amountDue, Instant payBy, String paymentReference)
            implements RegistrationOutcome {
    }

    /** The event is full; {@code position} is the place in line (1 is next). */
    record Waitlisted(Registration registration, int position) implements RegistrationOutcome {
    }
}
