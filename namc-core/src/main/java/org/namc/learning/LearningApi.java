package org.namc.learning;

import java.util.List;
import java.util.Optional;
import org.namc.learning.domain.AssessmentId;
import org.namc.learning.domain.CourseId;
import org.namc.learning.domain.CourseQuery;
import org.namc.learning.domain.EnrollmentId;
import org.namc.learning.grading.CourseGrade;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;

/**
 * Learning: the course catalogue, enrolment (paid courses through billing's
 * {@link org.namc.learning.spi.CoursePayments}), lesson progress, assessments graded by the
 * pure {@link org.namc.learning.grading.Grader}, regrades, and certificates anyone can verify.
 * Every method validates its command ({@code VALIDATION_FAILED} names the fields) and checks
 * access; every change runs in one transaction and is audited.
 *
 * <p>Access, by the rules of the seeded roles: instructors create courses ({@code course:create})
 * and edit, publish and grade their own ({@code course:update|publish|grade own}); staff do so
 * for every course. Members enrol themselves ({@code enrollment:create}, in good standing) and
 * study and take assessments in their own enrolments ({@code enrollment:read|update own});
 * anyone may browse the catalogue, open previews and verify certificates.
 */
public interface LearningApi {

    // Catalogue -----------------------------------------------------------------------------

    CourseView createCourse(Actor actor, CreateCourse command);

    CourseView reviseCourse(Actor actor, ReviseCourse command);

    AddedPart addModule(Actor actor, AddModule command);

    CourseView reviseModule(Actor actor, ReviseModule command);

    AddedPart addLesson(Actor actor, AddLesson command);

    CourseView reviseLesson(Actor actor, ReviseLesson command);

    CourseView removeContent(Actor actor, RemoveCourseContent command);

    CourseView reorderModules(Actor actor, ReorderModules command);

    CourseView reorderLessons(Actor actor, ReorderLessons command);

    CourseView setVisibility(Actor actor, SetVisibility command);

    CourseView setGrading(Actor actor, SetCourseGrading command);

    /** Publishes a course that has at least one published module with a published lesson. */
    CourseView publishCourse(Actor actor, CourseId courseId);

    CourseView unpublishCourse(Actor actor, CourseId courseId);

    /** A published course for anyone; a draft only for those who may edit it. */
    CourseView course(Actor actor, CourseId courseId);

    /** Published courses for anyone; a query including drafts needs the right to edit them. */
    Page<CourseSummary> catalogue(Actor actor, CourseQuery query, PageRequest page);

    // Assessments ---------------------------------------------------------------------------

    AssessmentView createAssessment(Actor actor, CreateAssessment command);

    /** A new version of the questions; earlier attempts keep theirs until regraded. */
    AssessmentView reviseQuestions(Actor actor, ReviseQuestions command);

    AssessmentView configureAssessment(Actor actor, ConfigureAssessment command);

    AssessmentView publishAssessment(Actor actor, AssessmentId assessmentId);

    /** With answer keys: for those who may edit the course. */
    AssessmentView assessment(Actor actor, AssessmentId assessmentId);

    /** Every attempt at the assessment, for those who grade the course. */
    List<AttemptView> submissions(Actor actor, AssessmentId assessmentId);

    AttemptView gradeEssays(Actor actor, GradeEssays command);

    /** The dry run: who a regrade to a version changes, from what to what. Changes nothing. */
    RegradePreview previewRegrade(Actor actor, PreviewRegrade command);

    /** Applies a previewed regrade (audited); applying the same regrade again changes nothing. */
    RegradePreview applyRegrade(Actor actor, ApplyRegrade command);

    /** Closes every attempt left open past its effective deadline by the overdue policy; returns how many. */
    int settleOverdueAttempts(Actor actor, AssessmentId assessmentId);

    // Enrolment -----------------------------------------------------------------------------

    /** Enrolled at once in a free course; a paid one awaits billing's confirmation. */
    EnrollmentResult enroll(Actor actor, Enroll command);

    EnrollmentView confirmCoursePayment(Actor actor, ConfirmCoursePayment command);

    EnrollmentView failCoursePayment(Actor actor, FailCoursePayment command);

    EnrollmentView withdraw(Actor actor, EnrollmentId enrollmentId);

    EnrollmentView enrollment(Actor actor, MemberId memberId, CourseId courseId);

    Page<EnrollmentView> enrollments(Actor actor, MemberId memberId, PageRequest page);

    // Progress ------------------------------------------------------------------------------

    LessonView openLesson(Actor actor, OpenLesson command);

    LessonProgressView trackLesson(Actor actor, TrackLesson command);

    LessonProgressView annotateLesson(Actor actor, AnnotateLesson command);

    // Attempts ------------------------------------------------------------------------------

    AttemptView startAttempt(Actor actor, StartAttempt command);

    AttemptView saveAnswers(Actor actor, SaveAnswers command);

    SubmissionResult submitAttempt(Actor actor, SubmitAttempt command);

    /** The member's attempts at an assessment, by number; for the member and the course's graders. */
    List<AttemptView> attempts(Actor actor, MemberId memberId, AssessmentId assessmentId);

    /** The member's course grade by the course's grading policy; for the member and the course's graders. */
    CourseGrade courseGrade(Actor actor, MemberId memberId, CourseId courseId);

    // Certificates --------------------------------------------------------------------------

    Optional<CertificateView> certificate(Actor actor, MemberId memberId, CourseId courseId);

    CertificateView revokeCertificate(Actor actor, RevokeCertificate command);

    /**
     * Public verification: the name, course, completion date and validity behind a code. A
     * code with a wrong check symbol fails with {@code VALIDATION_FAILED} on {@code code}
     * (a typo); a well-formed unknown one is {@link CertificateVerification.NotFound}.
     */
    CertificateVerification verifyCertificate(Actor actor, String code);

    /** The public key certificates are signed with, to verify them offline. */
    CertificateKey certificateKey(Actor actor);
}
