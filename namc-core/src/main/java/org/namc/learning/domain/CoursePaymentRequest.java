package org.namc.learning.domain;

import java.util.Objects;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Money;

/** What learning asks billing to collect before a paid enrolment becomes active. */
public record CoursePaymentRequest(EnrollmentId enrollmentId, MemberId payer, CourseId courseId, String courseTitle,
                                   Money amount) {
    public CoursePaymentRequest {
        Objects.requireNonNull(enrollmentId, "enrollmentId");
        Objects.requireNonNull(payer, "payer");
        Objects.requireNonNull(courseId, "courseId");
        Objects.requireNonNull(courseTitle, "courseTitle");
        Objects.requireNonNull(amount, "amount");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("only a positive amount is collected");
        }
    }
}
