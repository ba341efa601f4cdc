package org.namc.learning;

import jakarta.validation.constraints.NotNull;
import org.namc.learning.domain.EnrollmentId;

/** Billing reports that the payment for a pending enrolment failed or was abandoned: it is cancelled. */
public record FailCoursePayment(@NotNull EnrollmentId enrollmentId) {
}
