package org.namc.events.domain;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Money;
import org.namc.shared.domain.NamcException;

/**
 * One member's registration for one event (the seed's {@code event_registrations}; at most one
 * per member and event: registering again after a cancellation reuses it). Immutable; each
 * transition checks that it is allowed from the current status.
 *
 * @param waitlistTicket the place in line while waitlisted: lower tickets are promoted first
 * @param holdExpiresAt  until when a seat pending payment is held (a waiting-list offer is time-boxed)
 * @param amountDue      what the seat costs this registrant (the early-bird price if it applied)
 */
public record Registration(RegistrationId id, EventId eventId, MemberId memberId, RegistrationStatus status,
                           Instant registeredAt, @Nullable Long waitlistTicket, @Nullable Instant holdExpiresAt,
                           @Nullable Money amountDue, @Nullable String paymentId, @Nullable Money amountPaid,
                           @Nullable Instant checkedInAt, @Nullable MemberId checkedInBy, boolean attended,
                           Attendee attendee, @Nullable Instant promotedAt, @Nullable String statusReason,
                           Instant updatedAt, long version) {

    public Registration {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(registeredAt, "registeredAt");
        Objects.requireNonNull(attendee, "attendee");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** A new registration (or a fresh start of a cancelled one) in the status the desk decided. */
    public static Registration admitted(RegistrationId id, EventId eventId, MemberId memberId, Seat seat,
                                        Attendee attendee, Instant now, long version) {
        return new Registration(id, eventId, memberId, seat.status(), now, seat.waitlistTicket(), seat.holdExpiresAt(),
                seat.amountDue(), null, null, null, null, false, attendee, null, null, now, version);
    }

    public boolean holdsSeat() {
        return status.holdsSeat();
    }

    public boolean isHoldExpiredAt(Instant now) {
        return status == RegistrationStatus.PENDING_PAYMENT && holdExpiresAt != null && !now.isBefore(holdExpiresAt);
    }

    public Registration cancelled(Instant now, @Nullable String reason) {
        require(status.isActive(), "only an active registration can be cancelled");
        return with(RegistrationStatus.CANCELLED, null, holdExpiresAt, amountDue, null, reason, now);
    }

    /** Off the waiting list into a seat (a time-boxed offer when payment is due). */
    public Registration promoted(Seat seat, Instant now) {
        require(status == RegistrationStatus.WAITLISTED, "only a waitlisted registration can be promoted");
        return with(seat.status(), null, seat.holdExpiresAt(), seat.amountDue(), now, "promoted from the waiting list",
                now);
    }

    /** Approval moves it on to payment or straight to a confirmed seat. */
    public Registration approved(Seat next, Instant now) {
        require(status == RegistrationStatus.PENDING_APPROVAL, "only a registration awaiting approval can be approved");
        return with(next.status(), null, next.holdExpiresAt(), next.amountDue(), promotedAt, "approved", now);
    }

    public Registration declined(String reason, Instant now) {
        require(status == RegistrationStatus.PENDING_APPROVAL, "only a registration awaiting approval can be declined");
        return with(RegistrationStatus.DECLINED, null, null, amountDue, promotedAt, reason, now);
    }

    public Registration expired(Instant now) {
        require(status == RegistrationStatus.PENDING_PAYMENT, "only a seat pending payment can expire");
        return with(RegistrationStatus.EXPIRED, null, holdExpiresAt, amountDue, promotedAt,
                "the payment hold ran out at " + holdExpiresAt, now);
    }

    public Registration paid(String newPaymentId, Money paid, Instant now) {
        require(status == RegistrationStatus.PENDING_PAYMENT, "only a seat pending payment can be paid");
        return new Registration(id, eventId, memberId, RegistrationStatus.REGISTERED, registeredAt, null, null,
                amountDue, newPaymentId, paid, checkedInAt, checkedInBy, attended, attendee, promotedAt, "paid", now,
                version);
    }

    public Registration checkedIn(MemberId by, Instant now) {
        require(status == RegistrationStatus.REGISTERED, "only a confirmed registration can check in");
        return new Registration(id, eventId, memberId, status, registeredAt, waitlistTicket, holdExpiresAt, amountDue,
                paymentId, amountPaid, now, by, true, attendee, promotedAt, statusReason, now, version);
    }

    public Registration noShow(Instant now) {
        require(status == RegistrationStatus.REGISTERED && !attended, "only a registrant who did not attend is a no-show");
        return with(RegistrationStatus.NO_SHOW, null, null, amountDue, promotedAt, "did not check in", now);
    }

    /** The same registration at the version a store just wrote. */
    public Registration atVersion(long storedVersion) {
        return new Registration(id, eventId, memberId, status, registeredAt, waitlistTicket, holdExpiresAt, amountDue,
                paymentId, amountPaid, checkedInAt, checkedInBy, attended, attendee, promotedAt, statusReason,
                updatedAt, storedVersion);
    }

    private Registration with(RegistrationStatus newStatus, @Nullable Long ticket, @Nullable Instant hold,
                              @Nullable Money due, @Nullable Instant promoted, @Nullable String reason, Instant now) {
        return new Registration(id, eventId, memberId, newStatus, registeredAt, ticket, hold, due, paymentId,
                amountPaid, checkedInAt, checkedInBy, attended, attendee, promoted, reason, now, version);
    }

    private void require(boolean allowed, String message) {
        if (!allowed) {
            throw NamcException.refused(EventsRefusal.REGISTRATION_STATUS_FORBIDS, message + "; this one is " + status);
        }
    }
}
