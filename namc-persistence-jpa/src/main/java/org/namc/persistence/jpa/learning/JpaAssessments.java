package org.namc.persistence.jpa.learning;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.namc.learning.domain.Assessment;
import org.namc.learning.domain.AssessmentId;
import org.namc.learning.domain.AssessmentProfile;
import org.namc.learning.domain.AssessmentSettings;
import org.namc.learning.domain.AssessmentVersion;
import org.namc.learning.domain.CourseId;
import org.namc.learning.domain.LessonId;
import org.namc.learning.spi.Assessments;
import org.namc.persistence.jpa.learning.AssessmentJpaEntity.VersionJson;
import org.namc.persistence.jpa.shared.JpaTransactions;
import org.namc.persistence.jpa.shared.RowWrites;

/** Assessments in {@code assessments}, each one row with every version of its questions. */
public final class JpaAssessments implements Assessments {
    private final JpaTransactions transactions;

    public JpaAssessments(JpaTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public Assessment save(Assessment assessment) {
        return transactions.withEntityManager(em -> {
            AssessmentJpaEntity row = RowWrites.saveVersioned(em,
                    em.find(AssessmentJpaEntity.class, assessment.id().value()),
                    () -> new AssessmentJpaEntity(assessment.id().value(), assessment.courseId().value(),
                            assessment.createdAt()),
                    a -> copyInto(assessment, a), a -> a.version, assessment.rowVersion(),
                    "assessment " + assessment.id());
            return assessment.atRowVersion(row.version);
        });
    }

    @Override
    public Optional<Assessment> findById(AssessmentId id) {
        return transactions.withEntityManager(em ->
                Optional.ofNullable(em.find(AssessmentJpaEntity.class, id.value())).map(JpaAssessments::toDomain));
    }

    @Override
    public List<Assessment> listByCourse(CourseId course) {
        return transactions.withEntityManager(em -> em.createQuery(
                        "select a from AssessmentJpaEntity a where a.courseId = :course order by a.createdAt, a.id",
                        AssessmentJpaEntity.class)
                .setParameter("course", course.value())
                .getResultStream()
                .map(JpaAssessments::toDomain)
                .toList());
    }

    private static void copyInto(Assessment assessment, AssessmentJpaEntity entity) {
        AssessmentProfile profile = assessment.profile();
        entity.lessonId = assessment.lessonId() == null ? null : assessment.lessonId().value();
        entity.title = profile.title();
        entity.instructions = profile.instructions();
        entity.type = profile.type();
        entity.gradingCategory = profile.category();
        entity.required = profile.required();
        AssessmentSettings s = assessment.settings();
        entity.passingScore = s.passingPercent();
        entity.maxAttempts = s.maxAttempts();
        entity.timeLimit = s.timeLimit();
        entity.opensAt = s.opensAt();
        entity.closesAt = s.closesAt();
        entity.grace = s.grace();
        entity.overduePolicy = s.overduePolicy();
        entity.shuffleQuestions = s.shuffle();
        entity.showCorrectAnswers = s.showCorrectAnswers();
        entity.waitBetweenAttempts = s.waitBetweenAttempts();
        entity.versions = assessment.versions().stream().map(v -> new VersionJson(v.number(),
                v.createdAt().toString(), v.questions().stream().map(QuestionJson::of).toList())).toList();
        entity.questions = entity.versions.get(entity.versions.size() - 1).questions();
        entity.published = assessment.isPublished();
        entity.publishedAt = assessment.publishedAt();
        entity.updatedAt = assessment.updatedAt();
    }

    private static Assessment toDomain(AssessmentJpaEntity e) {
        AssessmentProfile profile = new AssessmentProfile(e.title, e.instructions, e.type, e.gradingCategory,
                e.required);
        AssessmentSettings settings = new AssessmentSettings(e.passingScore, e.maxAttempts, e.timeLimit, e.opensAt,
                e.closesAt, e.grace, e.overduePolicy, e.shuffleQuestions, e.showCorrectAnswers,
                e.waitBetweenAttempts);
        List<AssessmentVersion> versions = e.versions.stream().map(v -> new AssessmentVersion(v.number(),
                v.questions().stream().map(QuestionJson::toDomain).toList(), Instant.parse(v.createdAt()))).toList();
        return Assessment.restore(new AssessmentId(e.id), new CourseId(e.courseId),
                e.lessonId == null ? null : new LessonId(e.lessonId), profile, settings, versions, e.publishedAt,
                e.createdAt, e.updatedAt, e.version);
    }
}
