package org.namc.learning.domain;

import org.namc.shared.domain.ViolationRule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.NamcException;
import org.namc.shared.domain.Violations;

/**
 * One member's progress in one lesson: when they started and completed it, the time they
 * spent, what of its video they watched and where they stopped, and their notes and
 * bookmarks. Completion is recorded once and never taken back.
 */
public final class LessonProgress {
    public static final int MAX_BOOKMARKS = 100;
    public static final int MAX_NOTES_LENGTH = 20_000;

    private final MemberId memberId;
    private final CourseId courseId;
    private final LessonId lessonId;
    private final Instant startedAt;
    private final @Nullable Instant completedAt;
    private final long timeSpentSeconds;
    private final int videoPositionSeconds;
    private final WatchedSegments watched;
    private final @Nullable String notes;
    private final List<Bookmark> bookmarks;
    private final long rowVersion;

    private LessonProgress(MemberId memberId, CourseId courseId, LessonId lessonId, Instant startedAt,
                           @Nullable Instant completedAt, long timeSpentSeconds, int videoPositionSeconds,
                           WatchedSegments watched, @Nullable String notes, List<Bookmark> bookmarks,
                           long rowVersion) {
        this.memberId = Objects.requireNonNull(memberId, "memberId");
        this.courseId = Objects.requireNonNull(courseId, "courseId");
        this.lessonId = Objects.requireNonNull(lessonId, "lessonId");
        this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
        this.completedAt = completedAt;
        this.timeSpentSeconds = timeSpentSeconds;
        this.videoPositionSeconds = videoPositionSeconds;
        this.watched = Objects.requireNonNull(watched, "watched");
        this.notes = notes;
        this.bookmarks = List.copyOf(bookmarks);
        this.rowVersion = rowVersion;
    }

    public static LessonProgress start(MemberId memberId, CourseId courseId, LessonId lessonId, Instant now) {
        return new LessonProgress(memberId, courseId, lessonId, now, null, 0, 0, WatchedSegments.none(), null,
                List.of(), 0);
    }

    /** Rebuilds stored progress; for adapters only. */
    public static LessonProgress restore(MemberId memberId, CourseId courseId, LessonId lessonId, Instant startedAt,
                                         @Nullable Instant completedAt, long timeSpentSeconds,
                                         int videoPositionSeconds, WatchedSegments watched, @Nullable String notes,
                                         List<Bookmark> bookmarks, long rowVersion) {
        return new LessonProgress(memberId, courseId, lessonId, startedAt, completedAt, timeSpentSeconds,
                videoPositionSeconds, watched, notes, bookmarks, rowVersion);
    }

    /** Adds time spent and, when the learner played part of the video, that part. */
    public LessonProgress tracked(long addedSeconds, WatchedSegments.@Nullable Segment played) {
        if (addedSeconds < 0) {
            throw NamcException.invalid("timeSpentSeconds", ViolationRule.RANGE, "must be 0 or more");
        }
        return new LessonProgress(memberId, courseId, lessonId, startedAt, completedAt,
                timeSpentSeconds + addedSeconds, played == null ? videoPositionSeconds : played.to(),
                played == null ? watched : watched.plus(played), notes, bookmarks, rowVersion);
    }

    public LessonProgress withNotes(@Nullable String newNotes) {
        if (newNotes != null && newNotes.length() > MAX_NOTES_LENGTH) {
            throw NamcException.invalid("notes", ViolationRule.MAX_LENGTH, "must be at most " + MAX_NOTES_LENGTH + " characters");
        }
        String kept = newNotes == null || newNotes.isBlank() ? null : newNotes;
        return new LessonProgress(memberId, courseId, lessonId, startedAt, completedAt, timeSpentSeconds,
                videoPositionSeconds, watched, kept, bookmarks, rowVersion);
    }

    /** Replaces the bookmarks: at most {@value #MAX_BOOKMARKS}, one per position, kept in position order. */
    public LessonProgress withBookmarks(List<Bookmark> newBookmarks) {
        Violations.collect()
                .maxSize(newBookmarks, "bookmarks", MAX_BOOKMARKS)
                .check(newBookmarks.stream().map(Bookmark::positionSeconds).distinct().count() == newBookmarks.size(),
                        "bookmarks", "distinct", "holds at most one bookmark per position")
                .throwIfAny();
        List<Bookmark> sorted = new ArrayList<>(newBookmarks);
        sorted.sort(Comparator.comparingInt(Bookmark::positionSeconds));
        return new LessonProgress(memberId, courseId, lessonId, startedAt, completedAt, timeSpentSeconds,
                videoPositionSeconds, watched, notes, sorted, rowVersion);
    }

    /** Marks the lesson completed; a lesson already completed keeps its first completion time. */
    public LessonProgress completedAt(Instant now) {
        if (completedAt != null) {
            return this;
        }
        return new LessonProgress(memberId, courseId, lessonId, startedAt, now, timeSpentSeconds,
                videoPositionSeconds, watched, notes, bookmarks, rowVersion);
    }

    public LessonProgress atRowVersion(long storedVersion) {
        return new LessonProgress(memberId, courseId, lessonId, startedAt, completedAt, timeSpentSeconds,
                videoPositionSeconds, watched, notes, bookmarks, storedVersion);
    }

    public boolean isCompleted() {
        return completedAt != null;
    }

    public MemberId memberId() {
        return memberId;
    }

    public CourseId courseId() {
        return courseId;
    }

    public LessonId lessonId() {
        return lessonId;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public @Nullable Instant completedAt() {
        return completedAt;
    }

    public long timeSpentSeconds() {
        return timeSpentSeconds;
    }

    public int videoPositionSeconds() {
        return videoPositionSeconds;
    }

    public WatchedSegments watched() {
        return watched;
    }

    public @Nullable String notes() {
        return notes;
    }

    public List<Bookmark> bookmarks() {
        return bookmarks;
    }

    public long rowVersion() {
        return rowVersion;
    }
}
