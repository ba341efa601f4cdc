package org.namc.events;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.namc.events.domain.Attendee;
import org.namc.events.domain.EventId;
import org.namc.events.domain.Registration;
import org.namc.events.domain.RegistrationId;
import org.namc.events.domain.RegistrationStatus;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Money;

/** One member's registration for one event, as a reader sees it ({@code holdsSeat}: counted against capacity). Built for readers: immutable, no behaviour. */
public record RegistrationView(RegistrationId id,
                               EventId eventId,
                               MemberId memberId,
                               RegistrationStatus status,
                               Instant registeredAt,
                               @Nullable Long waitlistTicket,
                               @Nullable Instant holdExpiresAt,
                               @Nullable Money amountDue,
                               @Nullable String paymentId,
                               @Nullable Money amountPaid,
                               @Nullable Instant checkedInAt,
                               @Nullable MemberId checkedInBy,
                               boolean attended,
                               Attendee attendee,
                               @Nullable Instant promotedAt,
                               @Nullable String statusReason,
                               Instant updatedAt,
                               boolean holdsSeat) {

    public static RegistrationView of(Registration registration) {
        return new RegistrationView(registration.id(), registration.eventId(), registration.memberId(), registration.status(),
                registration.registeredAt(), registration.waitlistTicket(), registration.holdExpiresAt(), registration.amountDue(),
                registration.paymentId(), registration.amountPaid(), registration.checkedInAt(), registration.checkedInBy(),
                registration.attended(), registration.attendee(), registration.promotedAt(), registration.statusReason(),
                registration.updatedAt(), registration.holdsSeat());
    }
}
