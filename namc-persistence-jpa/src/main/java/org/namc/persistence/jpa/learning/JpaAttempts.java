package org.namc.persistence.jpa.learning;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.namc.learning.domain.AssessmentId;
import org.namc.learning.domain.Attempt;
import org.namc.learning.domain.AttemptId;
import org.namc.learning.domain.AttemptWindow;
import org.namc.learning.domain.CourseId;
import org.namc.learning.grading.Answer;
import org.namc.learning.grading.GradeReport;
import org.namc.learning.grading.QuestionId;
import org.namc.learning.spi.Attempts;
import org.namc.persistence.jpa.shared.JpaTransactions;
import org.namc.persistence.jpa.shared.RowWrites;
import org.namc.shared.domain.MemberId;

/**
 * Attempts in {@code assessment_submissions}, unique per member, assessment and number.
 *
 * <p>Concurrency: the core numbers a new attempt after the member's earlier ones, which it
 * reads with {@link #listFor}. Inside a unit of work that read first takes a transaction-scoped
 * advisory lock on the member and assessment: the row that would need locking does not exist
 * yet. So concurrent starts queue up, each counts the attempts committed before it, and the
 * maximum refuses the surplus by its own rule instead of a burst of {@code CONFLICT} retries.
 * The unique key stays the guarantee for writers that skip the read.
 */
public final class JpaAttempts implements Attempts {
    /** The lock's first key: "ATMP" in ASCII, apart from the audit chain's. */
    private static final int LOCK_CLASS = 0x41544D50;

    private final JpaTransactions transactions;

    public JpaAttempts(JpaTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public Attempt save(Attempt attempt) {
        return transactions.withEntityManager(em -> {
            AttemptJpaEntity row = RowWrites.saveVersioned(em, em.find(AttemptJpaEntity.class, attempt.id().value()),
                    () -> newEntity(attempt), a -> copyInto(attempt, a), a -> a.version, attempt.rowVersion(),
                    "attempt " + attempt.id());
            return attempt.atRowVersion(row.version);
        });
    }

    @Override
    public Optional<Attempt> findById(AttemptId id) {
        return transactions.withEntityManager(em ->
                Optional.ofNullable(em.find(AttemptJpaEntity.class, id.value())).map(JpaAttempts::toDomain));
    }

    @Override
    public List<Attempt> listFor(AssessmentId assessment, MemberId member) {
        return transactions.withEntityManager(em -> {
            if (transactions.isActive()) {
                lockStarts(em, assessment, member);
            }
            return em.createQuery("""
                            select a from AttemptJpaEntity a where a.assessmentId = :assessment and a.userId = :member
                            order by a.attemptNumber""", AttemptJpaEntity.class)
                    .setParameter("assessment", assessment.value())
                    .setParameter("member", member.value())
                    .getResultStream()
                    .map(JpaAttempts::toDomain)
                    .toList();
        });
    }

    @Override
    public List<Attempt> listByAssessment(AssessmentId assessment) {
        return transactions.withEntityManager(em -> em.createQuery("""
                        select a from AttemptJpaEntity a where a.assessmentId = :assessment
                        order by a.userId, a.attemptNumber""", AttemptJpaEntity.class)
                .setParameter("assessment", assessment.value())
                .getResultStream()
                .map(JpaAttempts::toDomain)
                .toList());
    }

    @Override
    public List<Attempt> listByMemberInCourse(MemberId member, CourseId course) {
        return transactions.withEntityManager(em -> em.createQuery("""
                        select a from AttemptJpaEntity a where a.userId = :member and a.courseId = :course
                        order by a.assessmentId, a.attemptNumber""", AttemptJpaEntity.class)
                .setParameter("member", member.value())
                .setParameter("course", course.value())
                .getResultStream()
                .map(JpaAttempts::toDomain)
                .toList());
    }

    private static void lockStarts(EntityManager em, AssessmentId assessment, MemberId member) {
        em.createNativeQuery("select count(*) from pg_advisory_xact_lock(:class, :key)")
                .setParameter("class", LOCK_CLASS)
                .setParameter("key", Objects.hash(assessment.value(), member.value()))
                .getSingleResult();
    }

    private static AttemptJpaEntity newEntity(Attempt attempt) {
        AttemptJpaEntity e = new AttemptJpaEntity();
        e.id = attempt.id().value();
        e.userId = attempt.memberId().value();
        e.assessmentId = attempt.assessmentId().value();
        e.courseId = attempt.courseId().value();
        e.attemptNumber = attempt.number();
        e.takenOnVersion = attempt.takenOnVersion();
        e.startedAt = attempt.window().startedAt();
        e.deadline = attempt.window().deadline();
        e.grace = attempt.window().grace();
        e.seed = attempt.seed();
        return e;
    }

    private static void copyInto(Attempt attempt, AttemptJpaEntity e) {
        e.answers = attempt.answers().entrySet().stream().collect(Collectors.toMap(a -> a.getKey().value(),
                a -> AnswerJson.of(a.getValue()), (a, b) -> a, LinkedHashMap::new));
        e.savedAt = attempt.savedAt();
        e.status = attempt.status();
        e.timing = attempt.timing();
        e.endedAt = attempt.endedAt();
        e.submittedAt = attempt.timing() == null ? null : attempt.endedAt();
        GradeReport grade = attempt.grade();
        e.score = grade == null ? null : grade.score();
        e.maxScore = grade == null ? null : grade.maxScore();
        e.percent = grade == null ? null : grade.percent();
        e.passed = grade == null ? null : grade.passed();
        e.grade = grade == null ? null : GradeJson.of(grade);
        e.reviewedPoints = attempt.reviewedPoints().entrySet().stream().collect(Collectors.toMap(
                p -> p.getKey().value(), p -> p.getValue().toString(), (a, b) -> a, LinkedHashMap::new));
        e.gradedBy = attempt.reviewedBy() == null ? null : attempt.reviewedBy().value();
        e.gradedAt = attempt.reviewedAt();
    }

    private static Attempt toDomain(AttemptJpaEntity e) {
        Map<QuestionId, Answer> answers = e.answers.entrySet().stream().collect(
                Collectors.toMap(a -> new QuestionId(a.getKey()), a -> a.getValue().toDomain()));
        Map<QuestionId, BigDecimal> reviewed = e.reviewedPoints.entrySet().stream().collect(
                Collectors.toMap(p -> new QuestionId(p.getKey()), p -> new BigDecimal(p.getValue())));
        GradeReport grade = e.grade == null ? null
                : e.grade.toDomain(required(e.score), required(e.maxScore), required(e.percent), required(e.passed));
        return Attempt.restore(new AttemptId(e.id), new AssessmentId(e.assessmentId), new CourseId(e.courseId),
                new MemberId(e.userId), e.attemptNumber, e.takenOnVersion,
                new AttemptWindow(e.startedAt, e.deadline, e.grace), e.seed, answers, e.savedAt, e.status, e.timing,
                e.endedAt, grade, reviewed, e.gradedBy == null ? null : new MemberId(e.gradedBy), e.gradedAt,
                e.version);
    }

    private static <T> T required(@Nullable T graded) {
        if (graded == null) {
            throw new IllegalStateException("a graded attempt lacks one of its grade's totals");
        }
        return graded;
    }
}
