package org.namc.learning.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Money;
import org.namc.shared.domain.NamcException;

/**
 * A member's enrolment in a course: at most one per member and course. Access runs from
 * activation (enrolment in a free course, payment confirmation in a paid one) for the
 * course's access duration; {@link #statusAt} derives expiry from the clock. The price is
 * the one quoted when the member enrolled.
 */
public final class Enrollment {
    private final EnrollmentId id;
    private final MemberId memberId;
    private final CourseId courseId;
    private final EnrollmentStatus status;
    private final Money price;
    private final Money amountPaid;
    private final @Nullable PaymentReference paymentReference;
    private final Instant enrolledAt;
    private final @Nullable Instant activatedAt;
    private final @Nullable Instant accessExpiresAt;
    private final @Nullable Instant completedAt;
    private final @Nullable Instant cancelledAt;
    private final @Nullable Instant lastAccessedAt;
    private final long rowVersion;

    private Enrollment(EnrollmentId id, MemberId memberId, CourseId courseId, EnrollmentStatus status, Money price,
                       Money amountPaid, @Nullable PaymentReference paymentReference, Instant enrolledAt,
                       @Nullable Instant activatedAt, @Nullable Instant accessExpiresAt, @Nullable Instant completedAt,
                       @Nullable Instant cancelledAt, @Nullable Instant lastAccessedAt, long rowVersion) {
        this.id = Objects.requireNonNull(id, "id");
        this.memberId = Objects.requireNonNull(memberId, "memberId");
        this.courseId = Objects.requireNonNull(courseId, "courseId");
        this.status = Objects.requireNonNull(status, "status");
        this.price = Objects.requireNonNull(price, "price");
        this.amountPaid = Objects.requireNonNull(amountPaid, "amountPaid");
        this.paymentReference = paymentReference;
        this.enrolledAt = Objects.requireNonNull(enrolledAt, "enrolledAt");
        this.activatedAt = activatedAt;
        this.accessExpiresAt = accessExpiresAt;
        this.completedAt = completedAt;
        this.cancelledAt = cancelledAt;
        this.lastAccessedAt = lastAccessedAt;
        this.rowVersion = rowVersion;
        if (status == EnrollmentStatus.EXPIRED) {
            throw new IllegalArgumentException("EXPIRED is derived from the clock, never stored");
        }
    }

    /** Enrols in a course: active at once when {@code price} is zero, else pending its payment. */
    public static Enrollment start(EnrollmentId id, MemberId memberId, CourseId courseId, Money price,
                                   @Nullable Integer accessDays, Instant now) {
        if (price.isZero()) {
            return new Enrollment(id, memberId, courseId, EnrollmentStatus.ACTIVE, price, price, null, now, now,
                    expiry(now, accessDays), null, null, null, 0);
        }
        return new Enrollment(id, memberId, courseId, EnrollmentStatus.PENDING_PAYMENT, price, Money.zero(
                price.currency()), null, now, null, null, null, null, null, 0);
    }

    /** Rebuilds a stored enrolment; for adapters only. */
    public static Enrollment restore(EnrollmentId id, MemberId memberId, CourseId courseId, EnrollmentStatus status,
                                     Money price, Money amountPaid, @Nullable PaymentReference paymentReference,
                                     Instant enrolledAt, @Nullable Instant activatedAt,
                                     @Nullable Instant accessExpiresAt, @Nullable Instant completedAt,
                                     @Nullable Instant cancelledAt, @Nullable Instant lastAccessedAt, long rowVersion) {
        return new Enrollment(id, memberId, courseId, status, price, amountPaid, paymentReference, enrolledAt,
                activatedAt, accessExpiresAt, completedAt, cancelledAt, lastAccessedAt, rowVersion);
    }

    /** Whether the member may enrol again on this row: it was cancelled or its access ran out unfinished. */
    public boolean isReopenableAt(Instant now) {
        EnrollmentStatus current = statusAt(now);
        return current == EnrollmentStatus.CANCELLED || current == EnrollmentStatus.EXPIRED;
    }

    /** Enrols again on the same row (one enrolment per member and course); progress is kept elsewhere. */
    public Enrollment reopened(Money newPrice, @Nullable Integer accessDays, Instant now) {
        if (!isReopenableAt(now)) {
            throw NamcException.refused(LearningRefusal.ALREADY_ENROLLED, "the member is already enrolled in course " + courseId);
        }
        return start(id, memberId, courseId, newPrice, accessDays, now).atRowVersion(rowVersion);
    }

    /** Records the reference billing gave the payment to collect; the confirmation must carry it. */
    public Enrollment paymentRequested(PaymentReference reference) {
        if (status != EnrollmentStatus.PENDING_PAYMENT) {
            throw NamcException.refused(LearningRefusal.ENROLLMENT_NOT_AWAITING_PAYMENT, "enrolment " + id + " is " + status + ", not awaiting a payment");
        }
        return new Enrollment(id, memberId, courseId, status, price, amountPaid, reference, enrolledAt, activatedAt,
                accessExpiresAt, completedAt, cancelledAt, lastAccessedAt, rowVersion);
    }

    /**
     * Activates a paid enrolment. The reference must be the requested payment's and the amount
     * exactly the quoted price.
     */
    public Enrollment paymentConfirmed(PaymentReference reference, Money amount, @Nullable Integer accessDays,
                                       Instant now) {
        if (status != EnrollmentStatus.PENDING_PAYMENT) {
            throw NamcException.refused(LearningRefusal.ENROLLMENT_NOT_AWAITING_PAYMENT, "enrolment " + id + " is " + status + ", not awaiting a payment");
        }
        if (!reference.equals(paymentReference)) {
            throw NamcException.refused(LearningRefusal.PAYMENT_MISMATCH, "payment " + reference + " is not the one requested for enrolment " + id);
        }
        if (!amount.currency().equals(price.currency()) || amount.compareTo(price) != 0) {
            throw NamcException.refused(LearningRefusal.PAYMENT_MISMATCH, "the amount paid does not match the price " + price);
        }
        return new Enrollment(id, memberId, courseId, EnrollmentStatus.ACTIVE, price, amount, reference, enrolledAt,
                now, expiry(now, accessDays), null, null, lastAccessedAt, rowVersion);
    }

    /** Whether this enrolment was already activated by {@code reference} (a repeated confirmation). */
    public boolean isPaidBy(PaymentReference reference) {
        return status != EnrollmentStatus.PENDING_PAYMENT && activatedAt != null && reference.equals(paymentReference);
    }

    public Enrollment cancelled(Instant now) {
        if (status != EnrollmentStatus.PENDING_PAYMENT && status != EnrollmentStatus.ACTIVE) {
            throw NamcException.refused(LearningRefusal.ENROLLMENT_STATUS_FORBIDS, "enrolment " + id + " is " + status + " and cannot be cancelled");
        }
        return new Enrollment(id, memberId, courseId, EnrollmentStatus.CANCELLED, price, amountPaid, paymentReference,
                enrolledAt, activatedAt, accessExpiresAt, null, now, lastAccessedAt, rowVersion);
    }

    public Enrollment completed(Instant now) {
        if (!hasAccessAt(now) || status == EnrollmentStatus.COMPLETED) {
            throw NamcException.refused(LearningRefusal.ENROLLMENT_STATUS_FORBIDS, "enrolment " + id + " is " + statusAt(now) + " and cannot complete");
        }
        return new Enrollment(id, memberId, courseId, EnrollmentStatus.COMPLETED, price, amountPaid, paymentReference,
                enrolledAt, activatedAt, accessExpiresAt, now, null, lastAccessedAt, rowVersion);
    }

    public Enrollment accessed(Instant now) {
        return new Enrollment(id, memberId, courseId, status, price, amountPaid, paymentReference, enrolledAt,
                activatedAt, accessExpiresAt, completedAt, cancelledAt, now, rowVersion);
    }

    public Enrollment atRowVersion(long storedVersion) {
        return new Enrollment(id, memberId, courseId, status, price, amountPaid, paymentReference, enrolledAt,
                activatedAt, accessExpiresAt, completedAt, cancelledAt, lastAccessedAt, storedVersion);
    }

    /** The status now: an active enrolment whose access has ended is {@code EXPIRED}. */
    public EnrollmentStatus statusAt(Instant now) {
        if (status == EnrollmentStatus.ACTIVE && accessExpiresAt != null && !now.isBefore(accessExpiresAt)) {
            return EnrollmentStatus.EXPIRED;
        }
        return status;
    }

    /** Whether the member may study the course now: active or completed, and before the access ends. */
    public boolean hasAccessAt(Instant now) {
        boolean open = status == EnrollmentStatus.ACTIVE || status == EnrollmentStatus.COMPLETED;
        return open && (accessExpiresAt == null || now.isBefore(accessExpiresAt));
    }

    private static @Nullable Instant expiry(Instant from, @Nullable Integer accessDays) {
        return accessDays == null ? null : from.plus(Duration.ofDays(accessDays));
    }

    public EnrollmentId id() {
        return id;
    }

    public MemberId memberId() {
        return memberId;
    }

    public CourseId courseId() {
        return courseId;
    }

    /** The stored status; see {@link #statusAt} for the one to show. */
    public EnrollmentStatus storedStatus() {
        return status;
    }

    public Money price() {
        return price;
    }

    public Money amountPaid() {
        return amountPaid;
    }

    public @Nullable PaymentReference paymentReference() {
        return paymentReference;
    }

    public Instant enrolledAt() {
        return enrolledAt;
    }

    public @Nullable Instant activatedAt() {
        return activatedAt;
    }

    public @Nullable Instant accessExpiresAt() {
        return accessExpiresAt;
    }

    public @Nullable Instant completedAt() {
        return completedAt;
    }

    public @Nullable Instant cancelledAt() {
        return cancelledAt;
    }

    public @Nullable Instant lastAccessedAt() {
        return lastAccessedAt;
    }

    public long rowVersion() {
        return rowVersion;
    }
}
