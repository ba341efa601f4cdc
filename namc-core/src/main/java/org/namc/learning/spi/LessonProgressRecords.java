package org.namc.learning.spi;

import java.util.List;
import java.util.Optional;
import org.namc.learning.domain.CourseId;
import org.namc.learning.domain.LessonId;
import org.namc.learning.domain.LessonProgress;
import org.namc.shared.domain.MemberId;

/** Lesson progress: one record per member and lesson. */
public interface LessonProgressRecords {

    /**
     * Inserts (row version 0) or updates when the row version matches, returning the record at
     * its new row version. Fails with {@code CONFLICT} on a stale row version or a second
     * record for the same member and lesson.
     */
    LessonProgress save(LessonProgress progress);

    Optional<LessonProgress> find(MemberId member, LessonId lesson);

    /** The member's records in the course, in no particular order. */
    List<LessonProgress> listFor(MemberId member, CourseId course);
}
