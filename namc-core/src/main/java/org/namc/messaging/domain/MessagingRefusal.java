package org.namc.messaging.domain;

import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.RefusalReason;

/** Why messaging refused; codes {@code messaging.*}. */
public enum MessagingRefusal implements RefusalReason {
    NOT_A_PARTICIPANT(ErrorCode.FORBIDDEN, "Only the sender or receiver of the message may do this."),
    NOT_THE_RECEIVER(ErrorCode.FORBIDDEN, "Only the receiver marks a message as read."),
    ACTING_FOR_ANOTHER_MEMBER(ErrorCode.FORBIDDEN, "The actor may not act as another member."),
    NO_MAILBOX(ErrorCode.FORBIDDEN, "The system and anonymous visitors have no mailbox."),
    SENDER_BLOCKED(ErrorCode.FORBIDDEN, "The receiver does not accept messages from the sender."),
    MESSAGE_ALREADY_HIDDEN(ErrorCode.ILLEGAL_STATE, "The message is already hidden."),
    MESSAGE_NOT_HIDDEN(ErrorCode.ILLEGAL_STATE, "The message is not hidden.");

    private final ErrorCode errorCode;
    private final String meaning;

    MessagingRefusal(ErrorCode errorCode, String meaning) {
        this.errorCode = errorCode;
        this.meaning = meaning;
    }

    @Override
    public String code() {
        return RefusalReason.codeOf("messaging", this);
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
