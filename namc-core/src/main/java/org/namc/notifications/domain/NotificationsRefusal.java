package org.namc.notifications.domain;

import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.RefusalReason;

/** Why notifications refused; codes {@code notifications.*}. */
public enum NotificationsRefusal implements RefusalReason {
    WEBHOOK_SIGNATURE_INVALID(ErrorCode.FORBIDDEN, "A provider webhook's signature does not match the shared secret; the callback is ignored.");

    private final ErrorCode errorCode;
    private final String meaning;

    NotificationsRefusal(ErrorCode errorCode, String meaning) {
        this.errorCode = errorCode;
        this.meaning = meaning;
    }

    @Override
    public String code() {
        return RefusalReason.codeOf("notifications", this);
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
