package org.namc.learning;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.namc.learning.domain.CourseId;
import org.namc.learning.domain.CourseProgress;
import org.namc.learning.domain.Enrollment;
import org.namc.learning.domain.EnrollmentId;
import org.namc.learning.domain.EnrollmentStatus;
import org.namc.learning.domain.PaymentReference;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Money;

/** An enrolment as of now, with the member's progress derived from their lesson records. */
public record EnrollmentView(EnrollmentId id, MemberId memberId, CourseId courseId, EnrollmentStatus status,
                             Instant enrolledAt, @Nullable Instant activatedAt, @Nullable Instant accessExpiresAt,
                             @Nullable Instant completedAt, @Nullable Instant lastAccessedAt, Money price,
                             Money amountPaid, @Nullable PaymentReference paymentReference,
                             CourseProgress progress) {

    public static EnrollmentView of(Enrollment e, CourseProgress progress, Instant now) {
        return new EnrollmentView(e.id(), e.memberId(), e.courseId(), e.statusAt(now), e.enrolledAt(),
                e.activatedAt(), e.accessExpiresAt(), e.completedAt(), e.lastAccessedAt(), e.price(), e.amountPaid(),
                e.paymentReference(), progress);
    }
}
