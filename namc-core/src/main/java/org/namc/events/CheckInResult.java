package org.namc.events;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.namc.events.domain.Registration;
import org.namc.shared.domain.MemberId;

/** The first scan checks the member in; any later one reports the first. */
public sealed interface CheckInResult {

    Registration registration();

    record CheckedIn(Registration registration, Instant at) implements CheckInResult {
    }

    record AlreadyCheckedIn(Registration registration, Instant firstAt, @Nullable MemberId firstBy)
            implements CheckInResult {
    }
}
