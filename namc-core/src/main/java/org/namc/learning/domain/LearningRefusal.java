package org.namc.learning.domain;

import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.RefusalReason;

/** Why learning refused; codes {@code learning.*}. */
public enum LearningRefusal implements RefusalReason {
    COURSE_NOT_PUBLISHED(ErrorCode.ILLEGAL_STATE, "The course is not published."),
    COURSE_ALREADY_PUBLISHED(ErrorCode.ILLEGAL_STATE, "The course is already published."),
    COURSE_INCOMPLETE(ErrorCode.ILLEGAL_STATE, "A published course keeps at least one published module holding a published lesson."),
    COURSE_FULL(ErrorCode.ILLEGAL_STATE, "The course or module holds the most modules or lessons it may."),
    MODULE_EXISTS(ErrorCode.CONFLICT, "A module with this id already exists."),
    LESSON_EXISTS(ErrorCode.CONFLICT, "A lesson with this id already exists."),
    LESSON_NOT_PREVIEW(ErrorCode.FORBIDDEN, "The lesson is not a preview; enrol to open it."),
    ALREADY_ENROLLED(ErrorCode.CONFLICT, "The member is already enrolled in the course."),
    NOT_ENROLLED(ErrorCode.ILLEGAL_STATE, "The member holds no enrolment giving access to the course."),
    ENROLLMENT_NOT_AWAITING_PAYMENT(ErrorCode.ILLEGAL_STATE, "The enrolment does not await a payment."),
    PAYMENT_MISMATCH(ErrorCode.CONFLICT, "The payment is not the one requested, or does not match the price."),
    ENROLLMENT_STATUS_FORBIDS(ErrorCode.ILLEGAL_STATE, "The enrolment's status does not allow this step."),
    ASSESSMENT_NOT_PUBLISHED(ErrorCode.ILLEGAL_STATE, "The assessment is not published."),
    ASSESSMENT_ALREADY_PUBLISHED(ErrorCode.ILLEGAL_STATE, "The assessment is already published."),
    ASSESSMENT_NOT_OPEN_YET(ErrorCode.ILLEGAL_STATE, "The assessment is not open yet; retry-after tells when it opens."),
    ASSESSMENT_CLOSED(ErrorCode.ILLEGAL_STATE, "The assessment has closed."),
    STALE_QUESTIONS(ErrorCode.ILLEGAL_STATE, "The questions sent are not those of the assessment's current version."),
    ATTEMPT_IN_PROGRESS(ErrorCode.ILLEGAL_STATE, "An attempt at the assessment is already in progress."),
    ATTEMPT_WAIT_RUNNING(ErrorCode.ILLEGAL_STATE, "The wait between attempts is still running; retry-after tells when it ends."),
    ATTEMPTS_USED(ErrorCode.ILLEGAL_STATE, "Every allowed attempt at the assessment is used."),
    ATTEMPT_CLOSED(ErrorCode.ILLEGAL_STATE, "The attempt was submitted, closed or ran past its deadline and takes no answers."),
    ATTEMPT_NOT_SUBMITTED(ErrorCode.ILLEGAL_STATE, "The attempt was not submitted; there is nothing to grade."),
    REGRADE_CHANGES_QUESTIONS(ErrorCode.ILLEGAL_STATE, "A regrade may change answer keys, points and texts only, not questions or options."),
    REGRADE_STALE(ErrorCode.CONFLICT, "The attempts changed since the regrade was previewed; preview it again."),
    CERTIFICATE_REVOKED(ErrorCode.ILLEGAL_STATE, "The certificate is already revoked.");

    private final ErrorCode errorCode;
    private final String meaning;

    LearningRefusal(ErrorCode errorCode, String meaning) {
        this.errorCode = errorCode;
        this.meaning = meaning;
    }

    @Override
    public String code() {
        return RefusalReason.codeOf("learning", this);
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
