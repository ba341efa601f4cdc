package org.namc.persistence.jpa.learning;

import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.namc.learning.domain.Enrollment;
import org.namc.learning.domain.EnrollmentCounts;
import org.namc.learning.domain.EnrollmentId;
import org.namc.learning.domain.EnrollmentStatus;
import org.namc.learning.domain.PaymentReference;
import org.namc.learning.domain.CourseId;
import org.namc.learning.spi.Enrollments;
import org.namc.persistence.jpa.shared.JpaTransactions;
import org.namc.persistence.jpa.shared.Pages;
import org.namc.persistence.jpa.shared.RowWrites;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Money;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;

/**
 * Enrolments in {@code course_enrollments}: one per member and course by the table's unique
 * key, so two concurrent first enrolments cannot both land; the second fails with
 * {@code CONFLICT} and the core's retry finds the first.
 */
public final class JpaEnrollments implements Enrollments {
    private static final String OLDEST_FIRST = " order by e.enrolledAt, e.id";

    private final JpaTransactions transactions;

    public JpaEnrollments(JpaTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public Enrollment save(Enrollment enrollment) {
        return transactions.withEntityManager(em -> {
            EnrollmentJpaEntity row = RowWrites.saveVersioned(em,
                    em.find(EnrollmentJpaEntity.class, enrollment.id().value()),
                    () -> new EnrollmentJpaEntity(enrollment.id().value(), enrollment.memberId().value(),
                            enrollment.courseId().value()),
                    e -> copyInto(enrollment, e), e -> e.version, enrollment.rowVersion(),
                    "enrolment " + enrollment.id());
            return enrollment.atRowVersion(row.version);
        });
    }

    @Override
    public Optional<Enrollment> findById(EnrollmentId id) {
        return transactions.withEntityManager(em ->
                Optional.ofNullable(em.find(EnrollmentJpaEntity.class, id.value())).map(JpaEnrollments::toDomain));
    }

    @Override
    public Optional<Enrollment> find(MemberId member, CourseId course) {
        return transactions.withEntityManager(em -> em.createQuery(
                        "select e from EnrollmentJpaEntity e where e.userId = :member and e.courseId = :course",
                        EnrollmentJpaEntity.class)
                .setParameter("member", member.value())
                .setParameter("course", course.value())
                .getResultStream()
                .findFirst()
                .map(JpaEnrollments::toDomain));
    }

    @Override
    public Page<Enrollment> listByMember(MemberId member, PageRequest page) {
        return list("e.userId", member.value(), page);
    }

    @Override
    public Page<Enrollment> listByCourse(CourseId course, PageRequest page) {
        return list("e.courseId", course.value(), page);
    }

    @Override
    public EnrollmentCounts countByCourse(CourseId course) {
        return transactions.withEntityManager(em -> {
            Object[] counts = em.createQuery("""
                            select count(e), coalesce(sum(case when e.status = :completed then 1 else 0 end), 0)
                            from EnrollmentJpaEntity e where e.courseId = :course and e.status in :enrolled""",
                            Object[].class)
                    .setParameter("course", course.value())
                    .setParameter("completed", EnrollmentStatus.COMPLETED)
                    .setParameter("enrolled", List.of(EnrollmentStatus.ACTIVE, EnrollmentStatus.COMPLETED))
                    .getSingleResult();
            return new EnrollmentCounts(((Number) counts[0]).longValue(), ((Number) counts[1]).longValue());
        });
    }

    /** One page where {@code column} is {@code value}, oldest first, in two statements. */
    private Page<Enrollment> list(String column, UUID value, PageRequest page) {
        String where = " from EnrollmentJpaEntity e where " + column + " = :value";
        return transactions.withEntityManager(em -> Pages.of(
                em.createQuery("select count(e)" + where, Long.class).setParameter("value", value),
                em.createQuery("select e" + where + OLDEST_FIRST, EnrollmentJpaEntity.class)
                        .setParameter("value", value),
                page, JpaEnrollments::toDomain));
    }

    private static void copyInto(Enrollment enrollment, EnrollmentJpaEntity entity) {
        entity.status = enrollment.storedStatus();
        entity.price = enrollment.price().amount();
        entity.amountPaid = enrollment.amountPaid().amount();
        entity.currency = enrollment.price().currency().getCurrencyCode();
        entity.paymentReference = enrollment.paymentReference() == null ? null : enrollment.paymentReference().value();
        entity.enrolledAt = enrollment.enrolledAt();
        entity.activatedAt = enrollment.activatedAt();
        entity.accessExpiresAt = enrollment.accessExpiresAt();
        entity.completedAt = enrollment.completedAt();
        entity.cancelledAt = enrollment.cancelledAt();
        entity.lastAccessedAt = enrollment.lastAccessedAt();
    }

    private static Enrollment toDomain(EnrollmentJpaEntity e) {
        Currency currency = Currency.getInstance(e.currency);
        return Enrollment.restore(new EnrollmentId(e.id), new MemberId(e.userId), new CourseId(e.courseId), e.status,
                Money.of(e.price, currency), Money.of(e.amountPaid, currency),
                e.paymentReference == null ? null : new PaymentReference(e.paymentReference), e.enrolledAt,
                e.activatedAt, e.accessExpiresAt, e.completedAt, e.cancelledAt, e.lastAccessedAt, e.version);
    }
}
