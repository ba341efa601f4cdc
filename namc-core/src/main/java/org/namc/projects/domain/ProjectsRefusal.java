package org.namc.projects.domain;

import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.RefusalReason;

/** Why projects refused; codes {@code projects.*}. */
public enum ProjectsRefusal implements RefusalReason {
    PROJECT_NOT_EDITABLE(ErrorCode.ILLEGAL_STATE, "Only a draft or published project can be edited."),
    PROJECT_STATUS_FORBIDS(ErrorCode.ILLEGAL_STATE, "The project's status does not allow this transition."),
    PROJECT_CLOSED_TO_APPLICATIONS(ErrorCode.ILLEGAL_STATE, "The project is not published and takes no applications."),
    APPLICATION_DEADLINE_PASSED(ErrorCode.ILLEGAL_STATE, "The project's application deadline has passed."),
    APPLICATION_LIMIT_REACHED(ErrorCode.ILLEGAL_STATE, "The project has reached its limit of applications."),
    ALREADY_APPLIED(ErrorCode.CONFLICT, "The member already applied to this project; one application each."),
    APPLICATION_STATUS_FORBIDS(ErrorCode.ILLEGAL_STATE, "The application's status does not allow this transition."),
    APPLICATION_NOT_WITHDRAWABLE(ErrorCode.ILLEGAL_STATE, "A member may withdraw an application only before review, while it is pending."),
    APPLICATION_OF_ANOTHER_PROJECT(ErrorCode.ILLEGAL_STATE, "The application was made to another project."),
    APPLICATION_NOT_ACCEPTED(ErrorCode.ILLEGAL_STATE, "A project is awarded only to an accepted application."),
    PROJECT_CANCELLED(ErrorCode.ILLEGAL_STATE, "The project is cancelled; its applications are no longer reviewed."),
    APPLICANT_NOT_MEMBER(ErrorCode.FORBIDDEN, "Only a member can apply.");

    private final ErrorCode errorCode;
    private final String meaning;

    ProjectsRefusal(ErrorCode errorCode, String meaning) {
        this.errorCode = errorCode;
        this.meaning = meaning;
    }

    @Override
    public String code() {
        return RefusalReason.codeOf("projects", this);
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
