package org.namc.events;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.MemberId;

/** The first scan checks the member in; any later one reports the first. */
public sealed interface CheckInResult {

    RegistrationView registration();

    record CheckedIn(RegistrationView registration, Instant at) implements CheckInResult {
    }

    record AlreadyCheckedIn(RegistrationView registration, Instant firstAt, @Nullable MemberId firstBy)
            implements CheckInResult {
    }
}
