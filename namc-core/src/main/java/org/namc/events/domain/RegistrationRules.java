package org.namc.events.domain;

import org.namc.shared.domain.ViolationRule;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.Violations;

/**
 * Who gets a seat and until when: the capacity ({@code null} for unlimited), the registration
 * deadline ({@code null}: until the event starts), and whether staff approve each registration.
 */
public record RegistrationRules(@Nullable Integer capacity, @Nullable Instant deadline, boolean requiresApproval) {
    public RegistrationRules {
        Violations.collect().check(capacity == null || capacity > 0, "capacity", ViolationRule.RANGE, "must be at least 1")
                .throwIfAny();
    }

    public static RegistrationRules open() {
        return new RegistrationRules(null, null, false);
    }

    public static RegistrationRules capacity(int seats) {
        return new RegistrationRules(seats, null, false);
    }

    public boolean hasRoomFor(int seatsTaken) {
        return capacity == null || seatsTaken < capacity;
    }
}
