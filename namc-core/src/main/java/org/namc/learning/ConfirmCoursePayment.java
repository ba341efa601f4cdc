package org.namc.learning;

import jakarta.validation.constraints.NotNull;
import org.namc.learning.domain.EnrollmentId;
import org.namc.learning.domain.PaymentReference;
import org.namc.shared.domain.Money;

/** Billing reports that the payment for a pending enrolment succeeded. Repeating it changes nothing. */
public record ConfirmCoursePayment(@NotNull EnrollmentId enrollmentId, @NotNull PaymentReference reference,
                                   @NotNull Money amountPaid) {
}
