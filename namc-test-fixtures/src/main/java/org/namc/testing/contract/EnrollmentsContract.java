package org.namc.testing.contract;

import org.namc.shared.domain.CommonRefusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.testing.assertions.NamcExceptionAssert.assertThatNamcException;
import static org.namc.testing.contract.LearningStoreFixtures.NOW;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.namc.learning.domain.CourseId;
import org.namc.learning.domain.Enrollment;
import org.namc.learning.domain.EnrollmentCounts;
import org.namc.learning.domain.EnrollmentId;
import org.namc.learning.domain.PaymentReference;
import org.namc.learning.spi.Enrollments;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Money;
import org.namc.shared.domain.NamcException;
import org.namc.shared.domain.PageRequest;

/** What every {@link Enrollments} adapter must do. */
public abstract class EnrollmentsContract {
    private static final Money PRICE = Money.of("99.00", "USD");
    private LearningStores stores;
    private LearningStoreFixtures fixtures;

    /** Empty stores, new for each test. */
    protected abstract LearningStores stores();

    @BeforeEach
    void openStores() {
        stores = stores();
        fixtures = new LearningStoreFixtures(stores);
    }

    private Enrollments enrollments() {
        return stores.enrollments();
    }

    private static Enrollment free(MemberId member, CourseId course) {
        return Enrollment.start(new EnrollmentId(UUID.randomUUID()), member, course, Money.zero(PRICE.currency()), 30,
                NOW);
    }

    @Test
    void keepsEveryFieldThroughARoundTrip() {
        MemberId member = fixtures.member();
        CourseId course = fixtures.publishedCourse("Paid").id();
        PaymentReference reference = new PaymentReference("pay_123");
        Enrollment pending = enrollments().save(Enrollment.start(new EnrollmentId(UUID.randomUUID()), member, course,
                PRICE, 90, NOW).paymentRequested(reference));
        Enrollment active = enrollments().save(pending.paymentConfirmed(reference, PRICE, 90, NOW.plusSeconds(60))
                .accessed(NOW.plusSeconds(120)));

        Enrollment loaded = enrollments().findById(pending.id()).orElseThrow();
        assertThat(loaded.storedStatus()).isEqualTo(active.storedStatus());
        assertThat(loaded.price()).isEqualTo(PRICE);
        assertThat(loaded.amountPaid()).isEqualTo(PRICE);
        assertThat(loaded.paymentReference()).isEqualTo(reference);
        assertThat(loaded.enrolledAt()).isEqualTo(NOW);
        assertThat(loaded.activatedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(loaded.accessExpiresAt()).isEqualTo(NOW.plusSeconds(60).plus(Duration.ofDays(90)));
        assertThat(loaded.lastAccessedAt()).isEqualTo(NOW.plusSeconds(120));
        assertThat(loaded.rowVersion()).isEqualTo(active.rowVersion());
        assertThat(enrollments().find(member, course).map(Enrollment::id)).contains(pending.id());
        assertThat(enrollments().find(member, new CourseId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void holdsOneEnrolmentPerMemberAndCourse() {
        MemberId member = fixtures.member();
        CourseId course = fixtures.publishedCourse("Once").id();
        enrollments().save(free(member, course));

        assertThatNamcException(() -> enrollments().save(free(member, course))).hasReason(CommonRefusal.DUPLICATE);
        enrollments().save(free(fixtures.member(), course));
    }

    @Test
    void concurrentEnrolmentsOfTheSameMemberLeaveExactlyOne() throws Exception {
        MemberId member = fixtures.member();
        CourseId course = fixtures.publishedCourse("Race").id();

        List<EnrollmentId> saved = Concurrently.run(8, () -> {
            try {
                return stores.transactions().inTransaction(() -> enrollments().save(free(member, course)).id());
            } catch (NamcException e) {
                assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT);
                return null;
            }
        });

        assertThat(saved.stream().filter(Objects::nonNull)).hasSize(1);
        assertThat(enrollments().listByMember(member, PageRequest.first(10)).totalItems()).isEqualTo(1);
    }

    @Test
    void refusesAStaleRowVersion() {
        Enrollment saved = enrollments().save(free(fixtures.member(), fixtures.publishedCourse("Stale").id()));
        enrollments().save(saved.accessed(NOW.plusSeconds(1)));
        assertThatNamcException(() -> enrollments().save(saved.cancelled(NOW))).hasReason(CommonRefusal.CONCURRENT_CHANGE);
    }

    @Test
    void listsOldestFirstAndCountsByStoredStatus() {
        MemberId member = fixtures.member();
        CourseId first = fixtures.publishedCourse("First").id();
        CourseId second = fixtures.publishedCourse("Second").id();
        Enrollment early = enrollments().save(free(member, first));
        Enrollment late = enrollments().save(Enrollment.start(new EnrollmentId(UUID.randomUUID()), member, second,
                Money.zero(PRICE.currency()), null, NOW.plusSeconds(10)));
        MemberId other = fixtures.member();
        enrollments().save(free(other, first).completed(NOW.plusSeconds(20)));
        enrollments().save(Enrollment.start(new EnrollmentId(UUID.randomUUID()), fixtures.member(), first, PRICE, null,
                NOW));
        enrollments().save(free(fixtures.member(), first).cancelled(NOW));

        assertThat(enrollments().listByMember(member, PageRequest.first(10)).items()).extracting(Enrollment::id)
                .containsExactly(early.id(), late.id());
        assertThat(enrollments().listByCourse(first, PageRequest.first(10)).totalItems()).isEqualTo(4);
        assertThat(enrollments().countByCourse(first)).isEqualTo(new EnrollmentCounts(2, 1));
        assertThat(enrollments().countByCourse(new CourseId(UUID.randomUUID()))).isEqualTo(new EnrollmentCounts(0, 0));
    }

    @Test
    void rollsBackWithTheTransaction() {
        MemberId member = fixtures.member();
        CourseId course = fixtures.publishedCourse("Doomed").id();
        try {
            stores.transactions().run(() -> {
                enrollments().save(free(member, course));
                throw new IllegalStateException("fail the unit");
            });
        } catch (IllegalStateException expected) {
            // the unit failed as intended
        }
        assertThat(enrollments().find(member, course)).isEmpty();
    }
}
