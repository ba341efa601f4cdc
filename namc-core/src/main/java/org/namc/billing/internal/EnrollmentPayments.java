package org.namc.billing.internal;

import org.namc.learning.domain.CoursePaymentRequest;
import org.namc.learning.domain.PaymentReference;
import org.namc.learning.spi.CoursePayments;

/**
 * Billing's side of paid enrolments. Nothing is charged here: the reference names the
 * enrolment ({@code course-enrollment:<id>}), the same on every call, and the member pays
 * through {@code BillingApi.purchase} for the course, whose settlement confirms the enrolment in
 * the same unit of work as the payment record ({@link CoursesAndEvents}).
 */
public final class EnrollmentPayments implements CoursePayments {

    @Override
    public PaymentReference requestPayment(CoursePaymentRequest request) {
        return new PaymentReference("course-enrollment:" + request.enrollmentId());
    }
}
