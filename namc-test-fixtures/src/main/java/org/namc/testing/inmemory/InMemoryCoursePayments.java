package org.namc.testing.inmemory;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.namc.learning.domain.CoursePaymentRequest;
import org.namc.learning.domain.EnrollmentId;
import org.namc.learning.domain.PaymentReference;
import org.namc.learning.spi.CoursePayments;

/**
 * A stand-in for billing's side of paid enrolments: it records what learning asks to collect
 * and hands out one reference per enrolment ({@code course-payment-<enrolment id>}), so a
 * repeated request gets the same one. A test (or the demo) then plays billing by calling
 * {@code confirmCoursePayment} or {@code failCoursePayment} with it.
 */
public final class InMemoryCoursePayments implements CoursePayments {
    private final Map<EnrollmentId, PaymentReference> references = new ConcurrentHashMap<>();
    private final List<CoursePaymentRequest> requests = new CopyOnWriteArrayList<>();

    @Override
    public PaymentReference requestPayment(CoursePaymentRequest request) {
        requests.add(request);
        return references.computeIfAbsent(request.enrollmentId(),
                id -> new PaymentReference("course-payment-" + id));
    }

    /** Every request received, oldest first (a retried unit may ask twice). */
    public List<CoursePaymentRequest> requests() {
        return List.copyOf(requests);
    }

    public Optional<PaymentReference> referenceFor(EnrollmentId enrollment) {
        return Optional.ofNullable(references.get(enrollment));
    }
}
