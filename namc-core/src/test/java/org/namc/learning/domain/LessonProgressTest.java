package org.namc.learning.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.learning.LearningAsserts.assertThatNamcException;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.namc.shared.domain.MemberId;

class LessonProgressTest {
    private static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");

    private static LessonProgress fresh() {
        return LessonProgress.start(new MemberId(new UUID(1, 1)), new CourseId(new UUID(2, 2)),
                new LessonId(new UUID(3, 3)), NOW);
    }

    private static WatchedSegments.Segment seconds(int from, int to) {
        return new WatchedSegments.Segment(from, to);
    }

    @Test
    void watchedTimeCountsDistinctSecondsSoSkippingAheadDoesNotComplete() {
        CompletionCriteria ninety = new CompletionCriteria.VideoWatched(90);
        LessonProgress skipped = fresh().tracked(5, seconds(0, 10)).tracked(5, seconds(590, 600));
        assertThat(skipped.watched().totalSeconds()).isEqualTo(20);
        assertThat(skipped.videoPositionSeconds()).isEqualTo(600);
        assertThat(ninety.isMetBy(skipped, 600, Set.of())).isFalse();

        LessonProgress replayed = fresh().tracked(0, seconds(0, 300)).tracked(0, seconds(100, 300))
                .tracked(0, seconds(299, 539));
        assertThat(replayed.watched().segments()).containsExactly(seconds(0, 539));
        assertThat(ninety.isMetBy(replayed, 600, Set.of())).as("539 of 600 is 89.8 %").isFalse();
        assertThat(ninety.isMetBy(replayed.tracked(0, seconds(539, 540)), 600, Set.of())).as("exactly 90 %").isTrue();
    }

    @Test
    void segmentsMergeWhenTheyTouch() {
        WatchedSegments merged = WatchedSegments.none().plus(seconds(10, 20)).plus(seconds(30, 40))
                .plus(seconds(20, 30));
        assertThat(merged.segments()).containsExactly(seconds(10, 40));
        assertThatNamcException(() -> seconds(5, 5)).hasViolation("to", "after-from");
    }

    @Test
    void completionIsRecordedOnceAndNeverTakenBack() {
        LessonProgress done = fresh().completedAt(NOW);
        assertThat(done.completedAt(NOW.plusSeconds(60)).completedAt()).isEqualTo(NOW);
        assertThat(done.tracked(30, null).isCompleted()).isTrue();
    }

    @Test
    void notesAndBookmarks() {
        LessonProgress annotated = fresh().withNotes("  torque specs at 3:20 ")
                .withBookmarks(List.of(new Bookmark(200, "torque"), new Bookmark(20, "intro")));
        assertThat(annotated.bookmarks()).extracting(Bookmark::positionSeconds).containsExactly(20, 200);
        assertThat(annotated.withNotes(" ").notes()).isNull();
        assertThatNamcException(() -> fresh().withBookmarks(List.of(new Bookmark(5, "a"), new Bookmark(5, "b"))))
                .hasViolation("bookmarks", "distinct");
        assertThatNamcException(() -> fresh().tracked(-1, null)).hasViolation("timeSpentSeconds", "range");
    }

    @Test
    void courseProgressRoundsDownFromTheRequiredLessons() {
        assertThat(new CompletionCriteria.AssessmentPassed(new AssessmentId(new UUID(9, 9)))
                .isMetBy(fresh(), null, Set.of(new AssessmentId(new UUID(9, 9))))).isTrue();
    }
}
