package org.namc.access.domain;

import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.RefusalReason;

/** Why access refused; codes {@code access.*}. */
public enum AccessRefusal implements RefusalReason {
    SYSTEM_ROLE_PROTECTED(ErrorCode.ILLEGAL_STATE, "A system role keeps its seeded permissions and cannot be deleted."),
    ROLE_NAME_TAKEN(ErrorCode.CONFLICT, "A role with this name already exists."),
    IMPERSONATION_REFUSED(ErrorCode.ILLEGAL_STATE, "Only a staff member can impersonate, not themselves and not while impersonating."),
    LAST_ADMINISTRATOR(ErrorCode.ILLEGAL_STATE, "The member is the last active administrator; grant ADMIN to someone else first."),
    SELF_GRANT(ErrorCode.FORBIDDEN, "No one grants a role to themselves."),
    GRANT_EXCEEDS_HOLDINGS(ErrorCode.FORBIDDEN, "The role confers a permission the actor does not hold.");

    private final ErrorCode errorCode;
    private final String meaning;

    AccessRefusal(ErrorCode errorCode, String meaning) {
        this.errorCode = errorCode;
        this.meaning = meaning;
    }

    @Override
    public String code() {
        return RefusalReason.codeOf("access", this);
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
