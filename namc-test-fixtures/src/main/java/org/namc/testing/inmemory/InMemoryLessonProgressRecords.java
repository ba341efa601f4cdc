package org.namc.testing.inmemory;

import org.namc.shared.domain.CommonRefusal;
import java.util.List;
import java.util.Optional;
import org.namc.learning.domain.CourseId;
import org.namc.learning.domain.LessonId;
import org.namc.learning.domain.LessonProgress;
import org.namc.learning.spi.LessonProgressRecords;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.NamcException;

/** Lesson progress in memory, one record per member and lesson. */
public final class InMemoryLessonProgressRecords implements LessonProgressRecords {
    private record Key(MemberId member, LessonId lesson) {
    }

    private final InMemoryTable<Key, LessonProgress> table;

    public InMemoryLessonProgressRecords(InMemoryTransactions transactions) {
        this.table = new InMemoryTable<>(transactions);
    }

    @Override
    public synchronized LessonProgress save(LessonProgress progress) {
        Key key = new Key(progress.memberId(), progress.lessonId());
        Optional<LessonProgress> stored = table.get(key);
        long next = InMemoryTable.nextVersion(stored, progress.rowVersion(), LessonProgress::rowVersion,
                "progress of member " + progress.memberId() + " in lesson " + progress.lessonId());
        if (stored.isEmpty() && progress.rowVersion() != 0) {
            throw NamcException.refused(CommonRefusal.DUPLICATE, "progress of member " + progress.memberId() + " in lesson "
                    + progress.lessonId() + " is gone");
        }
        LessonProgress saved = progress.atRowVersion(next);
        table.put(key, saved);
        return saved;
    }

    @Override
    public Optional<LessonProgress> find(MemberId member, LessonId lesson) {
        return table.get(new Key(member, lesson));
    }

    @Override
    public List<LessonProgress> listFor(MemberId member, CourseId course) {
        return table.where(p -> p.memberId().equals(member) && p.courseId().equals(course));
    }
}
