package org.namc.learning.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.learning.LearningAsserts.assertThatNamcException;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Money;

class CourseTest {
    private static final Instant NOW = Instant.parse("2026-02-01T10:00:00Z");
    private static final ModuleId M1 = new ModuleId(new UUID(1, 1));
    private static final ModuleId M2 = new ModuleId(new UUID(1, 2));
    private static final ModuleId M3 = new ModuleId(new UUID(1, 3));
    private static final LessonId L1 = new LessonId(new UUID(2, 1));
    private static final LessonId L2 = new LessonId(new UUID(2, 2));
    private static final LessonId L3 = new LessonId(new UUID(2, 3));

    private static Course draft() {
        return Course.create(new CourseId(new UUID(9, 9)), CourseDetails.free("Estimating 101", "How to bid",
                "Ana Ruiz", "Business", CourseLevel.BEGINNER), new MemberId(new UUID(7, 7)), NOW);
    }

    private static Course withContent() {
        return draft()
                .withModuleAdded(M1, ModuleContent.titled("Basics"), NOW)
                .withModuleAdded(M2, ModuleContent.titled("Bids"), NOW)
                .withLessonAdded(M1, L1, LessonContent.text("Scope", "...", 10), NOW)
                .withLessonAdded(M1, L2, LessonContent.video("Takeoff", URI.create("https://v.example/1"), 600, 90), NOW)
                .withLessonAdded(M2, L3, LessonContent.text("Pricing", "...", 15).optional(), NOW);
    }

    private static Course published() {
        return withContent().withModuleVisibility(M1, true, false, NOW).withLessonVisibility(L1, true, false, NOW)
                .published(NOW);
    }

    @Test
    void publishesOnlyWithAPublishedModuleHoldingAPublishedLesson() {
        assertThatNamcException(() -> draft().published(NOW)).hasReason(LearningRefusal.COURSE_INCOMPLETE);
        Course moduleOnly = withContent().withModuleVisibility(M1, true, false, NOW);
        assertThatNamcException(() -> moduleOnly.published(NOW)).hasReason(LearningRefusal.COURSE_INCOMPLETE);
        Course lessonInHiddenModule = withContent().withModuleVisibility(M2, true, false, NOW)
                .withLessonVisibility(L1, true, false, NOW);
        assertThatNamcException(() -> lessonInHiddenModule.published(NOW)).hasReason(LearningRefusal.COURSE_INCOMPLETE);

        assertThat(published().isPublished()).isTrue();
    }

    @Test
    void aPublishedCourseCannotLoseItsLastPublishedLesson() {
        Course course = published();
        assertThatNamcException(() -> course.withLessonVisibility(L1, false, false, NOW))
                .hasReason(LearningRefusal.COURSE_INCOMPLETE);
        assertThatNamcException(() -> course.withoutLesson(L1, NOW)).hasReason(LearningRefusal.COURSE_INCOMPLETE);
        assertThatNamcException(() -> course.withoutModule(M1, NOW)).hasReason(LearningRefusal.COURSE_INCOMPLETE);
        assertThat(course.unpublished(NOW).withoutModule(M1, NOW).modules()).hasSize(1);
    }

    @Test
    void countsAndDurationFollowThePublishedContent() {
        Course course = published();
        assertThat(course.moduleCount()).isEqualTo(1);
        assertThat(course.lessonCount()).isEqualTo(1);
        assertThat(course.totalDurationMinutes()).isEqualTo(10);

        Course more = course.withLessonVisibility(L2, true, false, NOW).withModuleVisibility(M2, true, true, NOW)
                .withLessonVisibility(L3, true, false, NOW);
        assertThat(more.moduleCount()).isEqualTo(2);
        assertThat(more.lessonCount()).isEqualTo(3);
        assertThat(more.totalDurationMinutes()).isEqualTo(10 + 10 + 15);
        assertThat(more.requiredLessons()).extracting(Lesson::id).containsExactly(L1, L2);
        assertThat(more.isPreview(L3)).as("module preview").isTrue();
        assertThat(more.isPreview(L1)).isFalse();
    }

    @Test
    void reorderingKeepsEveryItemOnceSoOrderIndexesStayDense() {
        Course course = withContent().withModuleAdded(M3, ModuleContent.titled("Close-out"), NOW)
                .withModulesOrdered(List.of(M3, M1, M2), NOW);
        assertThat(course.modules()).extracting(CourseModule::id).containsExactly(M3, M1, M2);

        assertThat(course.withoutModule(M1, NOW).modules()).extracting(CourseModule::id).containsExactly(M3, M2);
        assertThat(course.withLessonsOrdered(M1, List.of(L2, L1), NOW).module(M1).orElseThrow().lessons())
                .extracting(Lesson::id).containsExactly(L2, L1);

        assertThatNamcException(() -> course.withModulesOrdered(List.of(M3, M1), NOW))
                .hasViolation("moduleIds", "permutation");
        assertThatNamcException(() -> course.withModulesOrdered(List.of(M3, M1, M1), NOW))
                .hasViolation("moduleIds", "permutation");
        assertThatNamcException(() -> course.withLessonsOrdered(M1, List.of(L1, L3), NOW))
                .hasViolation("lessonIds", "permutation");
    }

    @Test
    void unknownPartsAreNotFound() {
        assertThatNamcException(() -> draft().withLessonAdded(M1, L1, LessonContent.text("x", "y", 1), NOW))
                .hasCode(ErrorCode.NOT_FOUND);
        assertThatNamcException(() -> withContent().withLessonRevised(new LessonId(new UUID(5, 5)),
                LessonContent.text("x", "y", 1), NOW)).hasCode(ErrorCode.NOT_FOUND);
    }

    @Test
    void detailsAreValidatedAndTagsCanonical() {
        CourseDetails details = CourseDetails.free("T", "D", "I", "C", CourseLevel.ADVANCED)
                .withTags(List.of(" OSHA ", "osha", "Safety"));
        assertThat(details.tags()).containsExactly("osha", "safety");
        assertThat(details.isFree()).isTrue();
        assertThat(details.withPrice(Money.of("49.00", "USD"), 90).isFree()).isFalse();
        assertThatNamcException(() -> details.withPrice(Money.of("-1.00", "USD"), 0))
                .hasViolationOn("price", "accessDays");
        assertThatNamcException(() -> new LessonContent("Video", null, LessonType.VIDEO, "", null, null, 5,
                CompletionCriteria.viewed(), true)).hasViolationOn("videoUrl", "videoSeconds");
    }
}
