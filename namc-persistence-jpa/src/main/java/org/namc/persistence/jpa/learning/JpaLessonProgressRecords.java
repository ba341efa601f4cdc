package org.namc.persistence.jpa.learning;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.namc.learning.domain.Bookmark;
import org.namc.learning.domain.CourseId;
import org.namc.learning.domain.LessonId;
import org.namc.learning.domain.LessonProgress;
import org.namc.learning.domain.WatchedSegments;
import org.namc.learning.spi.LessonProgressRecords;
import org.namc.persistence.jpa.learning.LessonProgressJpaEntity.BookmarkJson;
import org.namc.persistence.jpa.learning.LessonProgressJpaEntity.SegmentJson;
import org.namc.persistence.jpa.shared.JpaTransactions;
import org.namc.persistence.jpa.shared.RowWrites;
import org.namc.shared.domain.MemberId;

/** Lesson progress in {@code lesson_progress}, one row per member and lesson by the table's unique key. */
public final class JpaLessonProgressRecords implements LessonProgressRecords {
    private final JpaTransactions transactions;

    public JpaLessonProgressRecords(JpaTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public LessonProgress save(LessonProgress progress) {
        return transactions.withEntityManager(em -> {
            LessonProgressJpaEntity stored = row(em, progress.memberId(), progress.lessonId()).orElse(null);
            LessonProgressJpaEntity saved = RowWrites.saveVersioned(em, stored,
                    () -> new LessonProgressJpaEntity(progress.memberId().value(), progress.lessonId().value(),
                            progress.courseId().value()),
                    p -> copyInto(progress, p), p -> p.version, progress.rowVersion(),
                    "progress of member " + progress.memberId() + " in lesson " + progress.lessonId());
            return progress.atRowVersion(saved.version);
        });
    }

    @Override
    public Optional<LessonProgress> find(MemberId member, LessonId lesson) {
        return transactions.withEntityManager(em -> row(em, member, lesson).map(JpaLessonProgressRecords::toDomain));
    }

    @Override
    public List<LessonProgress> listFor(MemberId member, CourseId course) {
        return transactions.withEntityManager(em -> em.createQuery(
                        "select p from LessonProgressJpaEntity p where p.userId = :member and p.courseId = :course",
                        LessonProgressJpaEntity.class)
                .setParameter("member", member.value())
                .setParameter("course", course.value())
                .getResultStream()
                .map(JpaLessonProgressRecords::toDomain)
                .toList());
    }

    private static Optional<LessonProgressJpaEntity> row(EntityManager em, MemberId member, LessonId lesson) {
        return em.createQuery(
                        "select p from LessonProgressJpaEntity p where p.userId = :member and p.lessonId = :lesson",
                        LessonProgressJpaEntity.class)
                .setParameter("member", member.value())
                .setParameter("lesson", lesson.value())
                .getResultStream()
                .findFirst();
    }

    private static void copyInto(LessonProgress progress, LessonProgressJpaEntity entity) {
        entity.startedAt = progress.startedAt();
        entity.completedAt = progress.completedAt();
        entity.completed = progress.isCompleted();
        entity.timeSpent = progress.timeSpentSeconds();
        entity.videoProgress = progress.videoPositionSeconds();
        entity.watchedSegments = progress.watched().segments().stream()
                .map(s -> new SegmentJson(s.from(), s.to())).toList();
        entity.notes = progress.notes();
        entity.bookmarks = progress.bookmarks().stream()
                .map(b -> new BookmarkJson(b.positionSeconds(), b.label())).toList();
    }

    private static LessonProgress toDomain(LessonProgressJpaEntity e) {
        WatchedSegments watched = new WatchedSegments(e.watchedSegments.stream()
                .map(s -> new WatchedSegments.Segment(s.from(), s.to())).toList());
        List<Bookmark> bookmarks = e.bookmarks.stream().map(b -> new Bookmark(b.positionSeconds(), b.label())).toList();
        return LessonProgress.restore(new MemberId(e.userId), new CourseId(e.courseId), new LessonId(e.lessonId),
                e.startedAt, e.completedAt, e.timeSpent, e.videoProgress, watched, e.notes, bookmarks, e.version);
    }
}
