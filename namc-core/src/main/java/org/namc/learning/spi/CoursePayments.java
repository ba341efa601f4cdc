package org.namc.learning.spi;

import org.namc.learning.domain.CoursePaymentRequest;
import org.namc.learning.domain.PaymentReference;

/**
 * The payment step of enrolling in a paid course, implemented by billing. Learning asks for
 * the payment while it records the pending enrolment; billing collects it and, once the
 * payment is confirmed, calls {@code LearningApi.confirmCoursePayment} (or
 * {@code failCoursePayment}) with the reference returned here.
 */
public interface CoursePayments {

    /**
     * Registers the payment to collect and returns its reference. Called inside the enrolling
     * unit of work, which may still roll back or be retried: implementations must be
     * idempotent per enrolment id and must not charge before the member completes checkout.
     */
    PaymentReference requestPayment(CoursePaymentRequest request);
}
