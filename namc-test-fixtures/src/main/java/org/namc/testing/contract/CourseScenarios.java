package org.namc.testing.contract;

import org.namc.shared.domain.CommonRefusal;
import org.namc.learning.domain.LearningRefusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.testing.assertions.NamcExceptionAssert.assertThatNamcException;
import static org.namc.testing.data.CourseBuilder.aCourse;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.namc.NamcPortal;
import org.namc.NamcPortalBuilder;
import org.namc.learning.AddLesson;
import org.namc.learning.AnnotateLesson;
import org.namc.learning.ConfirmCoursePayment;
import org.namc.learning.CourseView;
import org.namc.learning.CreateCourse;
import org.namc.learning.Enroll;
import org.namc.learning.EnrollmentResult;
import org.namc.learning.EnrollmentView;
import org.namc.learning.FailCoursePayment;
import org.namc.learning.LearningApi;
import org.namc.learning.LessonProgressView;
import org.namc.learning.LessonSummary;
import org.namc.learning.LessonView;
import org.namc.learning.ModuleView;
import org.namc.learning.OpenLesson;
import org.namc.learning.ReorderLessons;
import org.namc.learning.SetVisibility;
import org.namc.learning.TrackLesson;
import org.namc.learning.domain.Bookmark;
import org.namc.learning.domain.CourseDetails;
import org.namc.learning.domain.CourseLevel;
import org.namc.learning.domain.CourseQuery;
import org.namc.learning.domain.EnrollmentStatus;
import org.namc.learning.domain.LessonContent;
import org.namc.learning.domain.LessonId;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.AuditRecord;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Money;
import org.namc.shared.domain.NamcException;
import org.namc.shared.domain.PageRequest;
import org.namc.testing.MutableClock;
import org.namc.testing.PortalFixture;
import org.namc.testing.data.Classroom;
import org.namc.testing.data.CourseBuilder.PublishedCourse;

/** Catalogue, enrolment and progress stories through {@link NamcPortal#learning()}. */
public abstract class CourseScenarios {
    protected PortalFixture fixture;
    protected LearningApi learning;
    protected MutableClock clock;
    protected Classroom classroom;

    protected abstract PortalFixture newPortal(NamcPortalBuilder settings);

    @BeforeEach
    void startPortal() {
        fixture = newPortal(NamcPortal.builder());
        learning = fixture.portal().learning();
        clock = fixture.clock();
        classroom = new Classroom(fixture);
    }

    @Test
    void instructorsEditTheirOwnCoursesStaffEveryCourseMembersNone() {
        PublishedCourse course = classroom.publish(aCourse());
        MemberId member = classroom.learner();
        MemberId otherInstructor = classroom.memberWithRole("INSTRUCTOR");
        MemberId staff = classroom.memberWithRole("STAFF");
        var lesson = new AddLesson(course.id(), course.moduleId(), LessonContent.text("Extra", "More", 5));

        assertThatNamcException(() -> learning.createCourse(Actor.member(member), CreateCourse.of(aCourse().details())))
                .hasReason(CommonRefusal.PERMISSION_DENIED);
        assertThatNamcException(() -> learning.addLesson(Actor.member(otherInstructor), lesson))
                .hasReason(CommonRefusal.PERMISSION_DENIED);
        assertThatNamcException(() -> learning.addLesson(Actor.member(member), lesson)).hasReason(CommonRefusal.PERMISSION_DENIED);
        learning.addLesson(Actor.member(staff), lesson);
        assertThat(learning.addLesson(classroom.instructor(), lesson).course().modules().get(0).lessons()).hasSize(4);
    }

    @Test
    void aCoursePublishesOnlyWithPublishedContentAndItsCountsAreDerived() {
        CourseView draft = learning.createCourse(classroom.instructor(), CreateCourse.of(aCourse().details()));
        assertThatNamcException(() -> learning.publishCourse(classroom.instructor(), draft.id()))
                .hasReason(LearningRefusal.COURSE_INCOMPLETE);

        PublishedCourse course = classroom.publish(aCourse().withTextLessons(3).withVideoLesson(600));
        CourseView view = learning.course(Actor.anonymous(), course.id());
        assertThat(view.published()).isTrue();
        assertThat(view.moduleCount()).isEqualTo(1);
        assertThat(view.lessonCount()).isEqualTo(4);
        assertThat(view.totalDurationMinutes()).isEqualTo(3 * 10 + 10);

        LessonId first = course.lessons().get(0);
        CourseView hidden = learning.setVisibility(classroom.instructor(),
                new SetVisibility(course.id(), first.value(), false, false));
        assertThat(hidden.lessonCount()).isEqualTo(3);
        assertThat(learning.course(Actor.anonymous(), course.id()).modules().get(0).lessons())
                .extracting(LessonSummary::id).doesNotContain(first);
        assertThat(learning.course(classroom.instructor(), course.id()).modules().get(0).lessons())
                .extracting(LessonSummary::id).contains(first);
    }

    @Test
    void reorderingKeepsOrderIndexesDense() {
        PublishedCourse course = classroom.publish(aCourse().withTextLessons(3));
        List<LessonId> reversed = List.of(course.lessons().get(2), course.lessons().get(1), course.lessons().get(0));

        CourseView view = learning.reorderLessons(classroom.instructor(),
                new ReorderLessons(course.id(), course.moduleId(), reversed));

        ModuleView module = view.modules().get(0);
        assertThat(module.lessons()).extracting(LessonSummary::id).containsExactlyElementsOf(reversed);
        assertThat(module.lessons()).extracting(LessonSummary::orderIndex).containsExactly(0, 1, 2);
        assertThatNamcException(() -> learning.reorderLessons(classroom.instructor(),
                new ReorderLessons(course.id(), course.moduleId(), reversed.subList(0, 2))))
                .hasViolation("lessonIds", "permutation");
    }

    @Test
    void theCatalogueShowsPublishedCoursesToAnyoneAndDraftsOnlyToTheirInstructor() {
        PublishedCourse published = classroom.publish(aCourse().titled("Aerial lifts"));
        CourseView draft = learning.createCourse(classroom.instructor(), CreateCourse.of(aCourse().titled("Draft")
                .details()));

        assertThat(learning.catalogue(Actor.anonymous(), CourseQuery.catalogue(), PageRequest.first(10)).items())
                .extracting(s -> s.id()).contains(published.id()).doesNotContain(draft.id());
        assertThatNamcException(() -> learning.course(Actor.anonymous(), draft.id())).hasReason(CommonRefusal.PERMISSION_DENIED);
        assertThat(learning.catalogue(classroom.instructor(), CourseQuery.ownedBy(classroom.instructorId()),
                PageRequest.first(10)).items()).extracting(s -> s.id()).contains(published.id(), draft.id());
        assertThatNamcException(() -> learning.catalogue(Actor.member(classroom.learner()),
                CourseQuery.ownedBy(classroom.instructorId()), PageRequest.first(10))).hasReason(CommonRefusal.PERMISSION_DENIED);
    }

    @Test
    void aFreeCourseEnrolsAtOnceOncePerMember() {
        PublishedCourse course = classroom.publish(aCourse().withAccessDays(30));
        MemberId learner = classroom.learner();

        EnrollmentResult result = learning.enroll(Actor.member(learner), new Enroll(learner, course.id()));

        assertThat(result).isInstanceOf(EnrollmentResult.Enrolled.class);
        assertThat(result.enrollment().status()).isEqualTo(EnrollmentStatus.ACTIVE);
        assertThat(result.enrollment().accessExpiresAt()).isEqualTo(clock.instant().plus(Duration.ofDays(30)));
        assertThatNamcException(() -> learning.enroll(Actor.member(learner), new Enroll(learner, course.id())))
                .hasReason(LearningRefusal.ALREADY_ENROLLED);
        assertThat(learning.course(Actor.anonymous(), course.id()).enrollments().enrolled()).isEqualTo(1);
    }

    @Test
    void membersEnrolOnlyThemselves() {
        PublishedCourse course = classroom.publish(aCourse());
        MemberId learner = classroom.learner();
        assertThatNamcException(() -> learning.enroll(Actor.member(classroom.learner()),
                new Enroll(learner, course.id()))).hasReason(CommonRefusal.PERMISSION_DENIED);
        learning.enroll(Actor.member(classroom.memberWithRole("STAFF")), new Enroll(learner, course.id()));
        assertThat(learning.enrollment(Actor.member(learner), learner, course.id()).status())
                .isEqualTo(EnrollmentStatus.ACTIVE);
    }

    @Test
    void concurrentEnrolmentsLeaveOneEnrolment() throws Exception {
        PublishedCourse course = classroom.publish(aCourse());
        MemberId learner = classroom.learner();

        List<EnrollmentView> enrolled = Concurrently.run(6, () -> {
            try {
                return learning.enroll(Actor.member(learner), new Enroll(learner, course.id())).enrollment();
            } catch (NamcException e) {
                assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT);
                return null;
            }
        });

        assertThat(enrolled.stream().filter(Objects::nonNull)).hasSize(1);
        assertThat(learning.enrollments(Actor.member(learner), learner, PageRequest.first(10)).totalItems())
                .isEqualTo(1);
    }

    @Test
    void aPaidCourseActivatesWhenBillingConfirmsThePayment() {
        PublishedCourse course = classroom.publish(aCourse().priced("149.00").withAccessDays(90));
        MemberId learner = classroom.learner();

        EnrollmentResult result = learning.enroll(Actor.member(learner), new Enroll(learner, course.id()));

        assertThat(result).isInstanceOf(EnrollmentResult.AwaitingPayment.class);
        var awaiting = (EnrollmentResult.AwaitingPayment) result;
        assertThat(awaiting.enrollment().status()).isEqualTo(EnrollmentStatus.PENDING_PAYMENT);
        assertThatNamcException(() -> learning.openLesson(Actor.member(learner),
                new OpenLesson(learner, course.id(), course.lessons().get(0)))).hasReason(LearningRefusal.NOT_ENROLLED);
        assertThatNamcException(() -> learning.confirmCoursePayment(Actor.member(learner), new ConfirmCoursePayment(
                awaiting.enrollment().id(), awaiting.reference(), Money.of("149.00", "USD"))))
                .hasReason(CommonRefusal.PERMISSION_DENIED);
        assertThatNamcException(() -> learning.confirmCoursePayment(Actor.system(), new ConfirmCoursePayment(
                awaiting.enrollment().id(), awaiting.reference(), Money.of("14.90", "USD"))))
                .hasReason(LearningRefusal.PAYMENT_MISMATCH);

        clock.advance(Duration.ofMinutes(5));
        ConfirmCoursePayment paid = new ConfirmCoursePayment(awaiting.enrollment().id(), awaiting.reference(),
                Money.of("149.00", "USD"));
        EnrollmentView active = learning.confirmCoursePayment(Actor.system(), paid);
        assertThat(active.status()).isEqualTo(EnrollmentStatus.ACTIVE);
        assertThat(active.amountPaid()).isEqualTo(Money.of("149.00", "USD"));
        assertThat(active.accessExpiresAt()).isEqualTo(clock.instant().plus(Duration.ofDays(90)));
        assertThat(learning.confirmCoursePayment(Actor.system(), paid)).as("a repeated confirmation")
                .isEqualTo(active);
        learning.openLesson(Actor.member(learner), new OpenLesson(learner, course.id(), course.lessons().get(0)));
    }

    @Test
    void aFailedPaymentCancelsAndTheMemberMayEnrolAgain() {
        PublishedCourse course = classroom.publish(aCourse().priced("20.00"));
        MemberId learner = classroom.learner();
        var first = learning.enroll(Actor.member(learner), new Enroll(learner, course.id()));

        assertThat(learning.failCoursePayment(Actor.system(), new FailCoursePayment(first.enrollment().id())).status())
                .isEqualTo(EnrollmentStatus.CANCELLED);
        var again = learning.enroll(Actor.member(learner), new Enroll(learner, course.id()));
        assertThat(again.enrollment().id()).isEqualTo(first.enrollment().id());
        assertThat(again).isInstanceOf(EnrollmentResult.AwaitingPayment.class);
    }

    @Test
    void progressIsDerivedFromRequiredLessonsAndAccessEndsExactlyOnTime() {
        PublishedCourse course = classroom.publish(aCourse().withTextLessons(3).withAccessDays(10));
        MemberId learner = classroom.learner();
        Instant enrolledAt = clock.instant();
        classroom.enrol(learner, course);

        classroom.openLessons(learner, course, course.lessons().subList(0, 1));
        EnrollmentView third = learning.enrollment(Actor.member(learner), learner, course.id());
        assertThat(third.progress().percent()).isEqualByComparingTo("33.33");
        assertThat(third.progress().remaining()).containsExactlyElementsOf(course.lessons().subList(1, 3));

        clock.set(enrolledAt.plus(Duration.ofDays(10)).minusNanos(1));
        classroom.openLessons(learner, course, course.lessons().subList(1, 2));
        clock.set(enrolledAt.plus(Duration.ofDays(10)));
        assertThatNamcException(() -> learning.openLesson(Actor.member(learner),
                new OpenLesson(learner, course.id(), course.lessons().get(2)))).hasReason(LearningRefusal.NOT_ENROLLED);
        EnrollmentView expired = learning.enrollment(Actor.member(learner), learner, course.id());
        assertThat(expired.status()).isEqualTo(EnrollmentStatus.EXPIRED);
        assertThat(expired.progress().percent()).isEqualByComparingTo("66.66");
    }

    @Test
    void addingARequiredLessonLowersProgressAtOnce() {
        PublishedCourse course = classroom.publish(aCourse().withTextLessons(1));
        MemberId learner = classroom.learner();
        classroom.enrol(learner, course);
        classroom.openLessons(learner, course, course.lessons());
        assertThat(learning.enrollment(Actor.member(learner), learner, course.id()).progress().percent())
                .isEqualByComparingTo("100");

        // The enrolment stays completed; the percentage is derived, so it follows the course at once.
        LessonId added = new LessonId(learning.addLesson(classroom.instructor(),
                new AddLesson(course.id(), course.moduleId(), LessonContent.text("New", "Body", 5))).id());
        learning.setVisibility(classroom.instructor(), new SetVisibility(course.id(), added.value(), true, false));

        assertThat(learning.enrollment(Actor.member(learner), learner, course.id()).progress().percent())
                .isEqualByComparingTo("50");
    }

    @Test
    void aVideoLessonCompletesOnlyWhenEnoughOfItWasWatched() {
        PublishedCourse course = classroom.publish(aCourse().withTextLessons(0).withVideoLesson(600));
        MemberId learner = classroom.learner();
        classroom.enrol(learner, course);
        LessonId video = course.lessons().get(0);

        LessonView opened = learning.openLesson(Actor.member(learner), new OpenLesson(learner, course.id(), video));
        assertThat(opened.progress().completed()).isFalse();
        learning.trackLesson(Actor.member(learner), TrackLesson.watched(learner, course.id(), video, 0, 100));
        LessonProgressView skipped = learning.trackLesson(Actor.member(learner),
                TrackLesson.watched(learner, course.id(), video, 500, 600));
        assertThat(skipped.watchedSeconds()).isEqualTo(200);
        assertThat(skipped.completed()).isFalse();
        assertThatNamcException(() -> learning.trackLesson(Actor.member(learner),
                TrackLesson.watched(learner, course.id(), video, 590, 601))).hasViolation("watchedTo", "within-video");

        LessonProgressView watched = learning.trackLesson(Actor.member(learner),
                TrackLesson.watched(learner, course.id(), video, 100, 440));
        assertThat(watched.watchedSeconds()).isEqualTo(540);
        assertThat(watched.completed()).isTrue();
        assertThat(watched.timeSpentSeconds()).isEqualTo(100 + 100 + 340);
    }

    @Test
    void notesAndBookmarksAreTheLearnersOwn() {
        PublishedCourse course = classroom.publish(aCourse());
        MemberId learner = classroom.learner();
        classroom.enrol(learner, course);
        LessonId lesson = course.lessons().get(0);

        LessonProgressView annotated = learning.annotateLesson(Actor.member(learner), new AnnotateLesson(learner,
                course.id(), lesson, "check the load chart", List.of(new Bookmark(0, "start"))));
        assertThat(annotated.notes()).isEqualTo("check the load chart");
        assertThat(annotated.bookmarks()).extracting(Bookmark::label).containsExactly("start");
        assertThatNamcException(() -> learning.annotateLesson(Actor.member(classroom.learner()), new AnnotateLesson(
                learner, course.id(), lesson, "not mine", List.of()))).hasReason(CommonRefusal.PERMISSION_DENIED);
    }

    @Test
    void previewsOpenForVisitorsAndNothingElseDoes() {
        PublishedCourse course = classroom.publish(aCourse());
        learning.setVisibility(classroom.instructor(), new SetVisibility(course.id(), course.lessons().get(0).value(),
                true, true));

        LessonView preview = learning.openLesson(Actor.anonymous(),
                OpenLesson.asVisitor(course.id(), course.lessons().get(0)));
        assertThat(preview.preview()).isTrue();
        assertThat(preview.progress()).isNull();
        assertThatNamcException(() -> learning.openLesson(Actor.anonymous(),
                OpenLesson.asVisitor(course.id(), course.lessons().get(1)))).hasReason(LearningRefusal.LESSON_NOT_PREVIEW);
    }

    @Test
    void badInputNamesEveryFieldAndLeavesNothingBehind() {
        var bad = new AddLesson(null, null, null);
        assertThatNamcException(() -> learning.addLesson(classroom.instructor(), bad))
                .hasViolationOn("courseId", "moduleId", "content");
        assertThatNamcException(() -> new CourseDetails(" ", "d", null, "i", "c", CourseLevel.BEGINNER, List.of(),
                "English", Money.of("-5.00", "USD"), 0, null)).hasViolationOn("title", "price", "accessDays");

        PublishedCourse course = classroom.publish(aCourse());
        CourseView before = learning.course(classroom.instructor(), course.id());
        assertThatNamcException(() -> learning.reorderLessons(classroom.instructor(), new ReorderLessons(course.id(),
                course.moduleId(), List.of(new LessonId(UUID.randomUUID())))))
                .hasViolation("lessonIds", "permutation");
        assertThat(learning.course(classroom.instructor(), course.id())).isEqualTo(before);
        AuditRecord failure = fixture.auditRecords().get(fixture.auditRecords().size() - 1);
        assertThat(failure.action()).isEqualTo("course.lessons.reorder");
        assertThat(failure.outcome()).isEqualTo(AuditRecord.Outcome.FAILURE);
    }
}
