package org.namc.learning;

import org.namc.learning.domain.PaymentReference;

/** How enrolling ended: enrolled at once (a free course), or awaiting the payment billing collects. */
public sealed interface EnrollmentResult {

    EnrollmentView enrollment();

    record Enrolled(EnrollmentView enrollment) implements EnrollmentResult {
    }

    /** Hand {@code reference} to billing's checkout; the enrolment activates when it confirms. */
    record AwaitingPayment(EnrollmentView enrollment, PaymentReference reference) implements EnrollmentResult {
    }
}
