package org.namc.testing.contract;

import org.namc.shared.domain.CommonRefusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.testing.assertions.NamcExceptionAssert.assertThatNamcException;
import static org.namc.testing.contract.LearningStoreFixtures.NOW;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.namc.learning.domain.CompletionCriteria;
import org.namc.learning.domain.Course;
import org.namc.learning.domain.CourseDetails;
import org.namc.learning.domain.CourseId;
import org.namc.learning.domain.CourseLevel;
import org.namc.learning.domain.CourseQuery;
import org.namc.learning.domain.LessonContent;
import org.namc.learning.domain.LessonId;
import org.namc.learning.domain.LessonType;
import org.namc.learning.domain.ModuleContent;
import org.namc.learning.domain.ModuleId;
import org.namc.learning.grading.CourseGrading;
import org.namc.learning.grading.GradingCategory;
import org.namc.learning.grading.GradingPolicy;
import org.namc.learning.grading.RetryPenalty;
import org.namc.learning.spi.Courses;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.Money;
import org.namc.shared.domain.PageRequest;

/** What every {@link Courses} adapter must do. */
public abstract class CoursesContract {
    private LearningStores stores;
    private LearningStoreFixtures fixtures;

    /** Empty stores, new for each test. */
    protected abstract LearningStores stores();

    @BeforeEach
    void openStores() {
        stores = stores();
        fixtures = new LearningStoreFixtures(stores);
    }

    private Courses courses() {
        return stores.courses();
    }

    @Test
    void keepsTheWholeCourseThroughARoundTrip() {
        Course course = fixtures.course("Estimating");
        ModuleId second = new ModuleId(UUID.randomUUID());
        LessonContent video = new LessonContent("Takeoff", "Measuring plans", LessonType.VIDEO, "Notes",
                URI.create("https://video.example/takeoff"), 754, 13, new CompletionCriteria.VideoWatched(80), false);
        CourseDetails details = new CourseDetails("Estimating", "Bidding well", "Short", "Ana Ruiz", "Business",
                CourseLevel.ADVANCED, List.of("bids", "takeoff"), "Spanish", Money.of("149.50", "USD"), 120, 730);
        CourseGrading grading = new CourseGrading(GradingPolicy.AVERAGE, RetryPenalty.of("7.5"),
                List.of(GradingCategory.of("Quizzes", "40", 1), GradingCategory.of("Exam", "60", 0)));
        Course changed = course.withDetails(details, NOW).withGrading(grading, NOW)
                .withModuleAdded(second, new ModuleContent("Bids", "Pricing and margins"), NOW)
                .withLessonAdded(second, new LessonId(UUID.randomUUID()), video, NOW)
                .withModuleVisibility(second, true, true, NOW);
        changed = changed.withLessonVisibility(changed.modules().get(1).lessons().get(0).id(), true, false, NOW)
                .published(NOW.plusSeconds(5));

        Course saved = courses().save(changed);
        Course loaded = courses().findById(course.id()).orElseThrow();

        assertThat(loaded.details()).isEqualTo(details);
        assertThat(loaded.grading()).isEqualTo(grading);
        assertThat(loaded.modules()).isEqualTo(changed.modules());
        assertThat(loaded.ownerId()).isEqualTo(course.ownerId());
        assertThat(loaded.publishedAt()).isEqualTo(NOW.plusSeconds(5));
        assertThat(loaded.createdAt()).isEqualTo(course.createdAt());
        assertThat(loaded.rowVersion()).isEqualTo(saved.rowVersion()).isGreaterThan(course.rowVersion());
        assertThat(courses().findById(new CourseId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void keepsLessonsInTheirOrderAfterReordering() {
        Course course = fixtures.course("Order");
        ModuleId module = course.modules().get(0).id();
        List<LessonId> reversed = List.of(course.modules().get(0).lessons().get(1).id(),
                course.modules().get(0).lessons().get(0).id());
        courses().save(course.withLessonsOrdered(module, reversed, NOW));

        assertThat(courses().findById(course.id()).orElseThrow().modules().get(0).lessons())
                .extracting(l -> l.id()).containsExactlyElementsOf(reversed);
    }

    @Test
    void refusesAStaleRowVersion() {
        Course course = fixtures.course("Stale");
        courses().save(course.withDetails(course.details().withTags(List.of("new")), NOW));

        assertThatNamcException(() -> courses().save(course.withDetails(course.details().withTags(List.of("lost")),
                NOW))).hasReason(CommonRefusal.CONCURRENT_CHANGE);
        assertThat(courses().findById(course.id()).orElseThrow().details().tags()).containsExactly("new");
    }

    @Test
    void searchesByTheQuerysMeaningOrderedByTitle() {
        Course draft = fixtures.course("Zoning basics");
        Course b = fixtures.publishedCourse("blueprints");
        Course a = fixtures.publishedCourse("Accounting");
        Course concrete = fixtures.publishedCourse("Concrete");
        Course tagged = courses().save(concrete.withDetails(concrete.details().withTags(List.of("Concrete", "Safety"))
                .withPrice(Money.of("20.00", "USD"), null), NOW));

        assertThat(courses().search(CourseQuery.catalogue(), PageRequest.first(10)).items())
                .extracting(Course::id).containsExactly(a.id(), b.id(), tagged.id());
        assertThat(courses().search(CourseQuery.catalogue().withTag(" SAFETY "), PageRequest.first(10)).items())
                .extracting(Course::id).containsExactly(tagged.id());
        assertThat(courses().search(CourseQuery.catalogue().freeOnly(false), PageRequest.first(10)).items())
                .extracting(Course::id).containsExactly(tagged.id());
        assertThat(courses().search(CourseQuery.ownedBy(draft.ownerId()), PageRequest.first(10)).items())
                .extracting(Course::id).containsExactly(draft.id());
        assertThat(courses().search(CourseQuery.catalogue().withLevel(CourseLevel.ADVANCED), PageRequest.first(10))
                .items()).isEmpty();

        var firstPage = courses().search(CourseQuery.catalogue(), new PageRequest(0, 2));
        assertThat(firstPage.items()).extracting(Course::id).containsExactly(a.id(), b.id());
        assertThat(firstPage.totalItems()).isEqualTo(3);
        assertThat(firstPage.hasNext()).isTrue();
    }

    @Test
    void rollsBackWithTheTransaction() {
        CourseId[] id = new CourseId[1];
        try {
            stores.transactions().run(() -> {
                id[0] = fixtures.course("Doomed").id();
                throw new IllegalStateException("fail the unit");
            });
        } catch (IllegalStateException expected) {
            // the unit failed as intended
        }
        assertThat(courses().findById(id[0])).isEmpty();
    }
}
