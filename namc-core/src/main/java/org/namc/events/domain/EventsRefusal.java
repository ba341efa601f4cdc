package org.namc.events.domain;

import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.RefusalReason;

/** Why events refused; codes {@code events.*}. */
public enum EventsRefusal implements RefusalReason {
    EVENT_NOT_PUBLISHABLE(ErrorCode.ILLEGAL_STATE, "Only a draft or postponed event that has not started can be published."),
    EVENT_NOT_MOVABLE(ErrorCode.ILLEGAL_STATE, "Only a draft, published or postponed event can be moved."),
    EVENT_ALREADY_IN_STATUS(ErrorCode.ILLEGAL_STATE, "The event is already in the requested status."),
    EVENT_NOT_COMPLETABLE(ErrorCode.ILLEGAL_STATE, "Only a published event that has ended can be completed."),
    EVENT_CLOSED(ErrorCode.ILLEGAL_STATE, "The event takes no registrations (not published, or over)."),
    REGISTRATION_CLOSED(ErrorCode.ILLEGAL_STATE, "The event's registration window has closed."),
    ALREADY_REGISTERED(ErrorCode.CONFLICT, "The member already holds a registration for this event."),
    REGISTRATION_STATUS_FORBIDS(ErrorCode.ILLEGAL_STATE, "The registration's status does not allow this step."),
    HOLD_EXPIRED(ErrorCode.ILLEGAL_STATE, "The seat's payment hold expired and the seat is no longer reserved."),
    NOT_AWAITING_PAYMENT(ErrorCode.ILLEGAL_STATE, "The registration does not await a payment."),
    CHECK_IN_CLOSED(ErrorCode.ILLEGAL_STATE, "Check-in is open only around a published event's schedule."),
    PAYMENT_NOT_SUCCEEDED(ErrorCode.ILLEGAL_STATE, "The payment has not succeeded."),
    PAYMENT_OF_ANOTHER_REGISTRATION(ErrorCode.CONFLICT, "The payment belongs to another registrant or registration."),
    PAYMENT_SHORT(ErrorCode.ILLEGAL_STATE, "The payment does not cover the amount due."),
    CREATOR_NOT_STAFF(ErrorCode.ILLEGAL_STATE, "An event is created by a staff member, who becomes its creator."),
    REMINDERS_CLOSED(ErrorCode.ILLEGAL_STATE, "Reminders go out only for a published event that has not ended."),
    NO_EVENTS_VISIBLE(ErrorCode.FORBIDDEN, "The actor may see no events."),
    NO_ONLINE_MEETING(ErrorCode.ILLEGAL_STATE, "The event has no online meeting.");

    private final ErrorCode errorCode;
    private final String meaning;

    EventsRefusal(ErrorCode errorCode, String meaning) {
        this.errorCode = errorCode;
        this.meaning = meaning;
    }

    @Override
    public String code() {
        return RefusalReason.codeOf("events", this);
    }

    @Override
    public ErrorCode errorCode() {
        return errorCode;
    }

    @Override
    public String meaning() {
        return meaning;
    }
}
