package org.namc.events;

import java.time.Instant;
import org.namc.shared.domain.Money;

/** How a registration ended up; the caller tells the member which one. */
public sealed interface RegistrationOutcome {

    RegistrationView registration();

    /** A confirmed seat. */
    record Registered(RegistrationView registration) implements RegistrationOutcome {
    }

    /** A seat held until staff decide. */
    record AwaitingApproval(RegistrationView registration) implements RegistrationOutcome {
    }

    /** A seat held until {@code payBy}; pay {@code amountDue} with {@code paymentReference}, then confirm. */
    record AwaitingPayment(RegistrationView registration, Money amountDue, Instant payBy, String paymentReference)
            implements RegistrationOutcome {
    }

    /** The event is full; {@code position} is the place in line (1 is next). */
    record Waitlisted(RegistrationView registration, int position) implements RegistrationOutcome {
    }
}
