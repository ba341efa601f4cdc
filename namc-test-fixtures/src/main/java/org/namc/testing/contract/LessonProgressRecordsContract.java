package org.namc.testing.contract;

import org.namc.shared.domain.CommonRefusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.testing.assertions.NamcExceptionAssert.assertThatNamcException;
import static org.namc.testing.contract.LearningStoreFixtures.NOW;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.namc.learning.domain.Bookmark;
import org.namc.learning.domain.Course;
import org.namc.learning.domain.LessonId;
import org.namc.learning.domain.LessonProgress;
import org.namc.learning.domain.WatchedSegments;
import org.namc.learning.spi.LessonProgressRecords;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.MemberId;

/** What every {@link LessonProgressRecords} adapter must do. */
public abstract class LessonProgressRecordsContract {
    private LearningStores stores;
    private LearningStoreFixtures fixtures;

    /** Empty stores, new for each test. */
    protected abstract LearningStores stores();

    @BeforeEach
    void openStores() {
        stores = stores();
        fixtures = new LearningStoreFixtures(stores);
    }

    private LessonProgressRecords progress() {
        return stores.progress();
    }

    private static LessonId lesson(Course course, int index) {
        return course.modules().get(0).lessons().get(index).id();
    }

    @Test
    void keepsEveryFieldThroughARoundTrip() {
        MemberId member = fixtures.member();
        Course course = fixtures.publishedCourse("Video");
        LessonProgress full = LessonProgress.start(member, course.id(), lesson(course, 0), NOW)
                .tracked(120, new WatchedSegments.Segment(0, 90)).tracked(30, new WatchedSegments.Segment(200, 260))
                .withNotes("Rebar spacing: 12\" o.c.\nAsk about seismic ties.")
                .withBookmarks(List.of(new Bookmark(75, "spacing"), new Bookmark(210, "ties")))
                .completedAt(NOW.plusSeconds(300));

        LessonProgress saved = progress().save(full);
        LessonProgress loaded = progress().find(member, lesson(course, 0)).orElseThrow();

        assertThat(loaded.startedAt()).isEqualTo(NOW);
        assertThat(loaded.completedAt()).isEqualTo(NOW.plusSeconds(300));
        assertThat(loaded.timeSpentSeconds()).isEqualTo(150);
        assertThat(loaded.videoPositionSeconds()).isEqualTo(260);
        assertThat(loaded.watched()).isEqualTo(full.watched());
        assertThat(loaded.notes()).isEqualTo(full.notes());
        assertThat(loaded.bookmarks()).isEqualTo(full.bookmarks());
        assertThat(loaded.courseId()).isEqualTo(course.id());
        assertThat(loaded.rowVersion()).isEqualTo(saved.rowVersion());
        assertThat(progress().find(member, lesson(course, 1))).isEmpty();
    }

    @Test
    void listsAMembersRecordsInOneCourse() {
        MemberId member = fixtures.member();
        Course course = fixtures.publishedCourse("Mine");
        Course other = fixtures.publishedCourse("Other");
        progress().save(LessonProgress.start(member, course.id(), lesson(course, 0), NOW));
        progress().save(LessonProgress.start(member, course.id(), lesson(course, 1), NOW));
        progress().save(LessonProgress.start(member, other.id(), lesson(other, 0), NOW));
        progress().save(LessonProgress.start(fixtures.member(), course.id(), lesson(course, 0), NOW));

        assertThat(progress().listFor(member, course.id())).extracting(LessonProgress::lessonId)
                .containsExactlyInAnyOrder(lesson(course, 0), lesson(course, 1));
    }

    @Test
    void holdsOneRecordPerMemberAndLessonAndRefusesStaleWrites() {
        MemberId member = fixtures.member();
        Course course = fixtures.publishedCourse("Once");
        LessonProgress first = progress().save(LessonProgress.start(member, course.id(), lesson(course, 0), NOW));
        progress().save(first.tracked(10, null));

        assertThatNamcException(() -> progress().save(first.tracked(99, null))).hasReason(CommonRefusal.CONCURRENT_CHANGE);
        assertThatNamcException(() -> progress().save(LessonProgress.start(member, course.id(), lesson(course, 0),
                NOW))).hasReason(CommonRefusal.CONCURRENT_CHANGE);
        assertThat(progress().find(member, lesson(course, 0)).orElseThrow().timeSpentSeconds()).isEqualTo(10);
    }
}
