package org.namc.learning.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.learning.LearningAsserts.assertThatNamcException;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Money;

class EnrollmentTest {
    private static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");
    private static final Money PRICE = Money.of("149.00", "USD");
    private static final PaymentReference REF = new PaymentReference("pay-1");

    private static Enrollment start(Money price, Integer days) {
        return Enrollment.start(new EnrollmentId(new UUID(1, 1)), new MemberId(new UUID(2, 2)),
                new CourseId(new UUID(3, 3)), price, days, NOW);
    }

    @Test
    void aFreeCourseIsActiveAtOnceAndExpiresByTheClock() {
        Enrollment e = start(Money.zero(PRICE.currency()), 30);
        Instant end = NOW.plus(Duration.ofDays(30));
        assertThat(e.statusAt(NOW)).isEqualTo(EnrollmentStatus.ACTIVE);
        assertThat(e.accessExpiresAt()).isEqualTo(end);
        assertThat(e.hasAccessAt(end.minusNanos(1))).isTrue();
        assertThat(e.statusAt(end)).isEqualTo(EnrollmentStatus.EXPIRED);
        assertThat(e.hasAccessAt(end)).isFalse();
        assertThat(e.storedStatus()).isEqualTo(EnrollmentStatus.ACTIVE);
        assertThat(e.isReopenableAt(end)).isTrue();
        assertThat(start(Money.zero(PRICE.currency()), null).accessExpiresAt()).isNull();
    }

    @Test
    void aPaidCourseActivatesOnlyWithTheRequestedPaymentOfTheExactPrice() {
        Enrollment pending = start(PRICE, 90).paymentRequested(REF);
        assertThat(pending.statusAt(NOW)).isEqualTo(EnrollmentStatus.PENDING_PAYMENT);
        assertThat(pending.hasAccessAt(NOW)).isFalse();

        assertThatNamcException(() -> pending.paymentConfirmed(REF, Money.of("14.90", "USD"), 90, NOW))
                .hasReason(LearningRefusal.PAYMENT_MISMATCH);
        assertThatNamcException(() -> pending.paymentConfirmed(REF, Money.of("149.00", "EUR"), 90, NOW))
                .hasReason(LearningRefusal.PAYMENT_MISMATCH);
        assertThatNamcException(() -> pending.paymentConfirmed(new PaymentReference("pay-2"), PRICE, 90, NOW))
                .hasReason(LearningRefusal.PAYMENT_MISMATCH);

        Instant paidAt = NOW.plusSeconds(300);
        Enrollment active = pending.paymentConfirmed(REF, PRICE, 90, paidAt);
        assertThat(active.statusAt(paidAt)).isEqualTo(EnrollmentStatus.ACTIVE);
        assertThat(active.accessExpiresAt()).isEqualTo(paidAt.plus(Duration.ofDays(90)));
        assertThat(active.amountPaid()).isEqualTo(PRICE);
        assertThat(active.isPaidBy(REF)).isTrue();
        assertThat(pending.isPaidBy(REF)).isFalse();
        assertThatNamcException(() -> active.paymentConfirmed(REF, PRICE, 90, paidAt)).hasReason(LearningRefusal.ENROLLMENT_NOT_AWAITING_PAYMENT);
    }

    @Test
    void theLifecycleAllowsOnlyItsTransitions() {
        Enrollment active = start(Money.zero(PRICE.currency()), null);
        Enrollment completed = active.completed(NOW);
        assertThat(completed.statusAt(NOW)).isEqualTo(EnrollmentStatus.COMPLETED);
        assertThatNamcException(() -> completed.completed(NOW)).hasReason(LearningRefusal.ENROLLMENT_STATUS_FORBIDS);
        assertThatNamcException(() -> completed.cancelled(NOW)).hasReason(LearningRefusal.ENROLLMENT_STATUS_FORBIDS);
        assertThatNamcException(() -> completed.reopened(PRICE, null, NOW)).hasReason(LearningRefusal.ALREADY_ENROLLED);

        Enrollment cancelled = active.cancelled(NOW);
        assertThat(cancelled.statusAt(NOW)).isEqualTo(EnrollmentStatus.CANCELLED);
        Enrollment again = cancelled.reopened(PRICE, 30, NOW.plusSeconds(1));
        assertThat(again.id()).isEqualTo(active.id());
        assertThat(again.statusAt(NOW.plusSeconds(1))).isEqualTo(EnrollmentStatus.PENDING_PAYMENT);
    }
}
