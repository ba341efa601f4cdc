package org.namc.learning.internal;

import org.namc.learning.LearningSettings;
import org.namc.learning.domain.LearningRefusal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import org.namc.learning.CourseView;
import org.namc.learning.domain.Assessment;
import org.namc.learning.domain.AssessmentId;
import org.namc.learning.domain.Attempt;
import org.namc.learning.domain.AttemptId;
import org.namc.learning.domain.Certificate;
import org.namc.learning.domain.CertificateId;
import org.namc.learning.domain.Course;
import org.namc.learning.domain.CourseId;
import org.namc.learning.domain.Enrollment;
import org.namc.learning.domain.EnrollmentId;
import org.namc.learning.spi.Assessments;
import org.namc.learning.spi.Attempts;
import org.namc.learning.spi.CertificateSigner;
import org.namc.learning.spi.Certificates;
import org.namc.learning.spi.CoursePayments;
import org.namc.learning.spi.Courses;
import org.namc.learning.spi.Enrollments;
import org.namc.learning.spi.LessonProgressRecords;
import org.namc.membership.domain.Member;
import org.namc.membership.spi.Members;
import org.namc.shared.authorization.Authorizer;
import org.namc.shared.authorization.Permission;
import org.namc.shared.authorization.ResourceRef;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.NamcException;
import org.namc.shared.internal.CommandValidation;
import org.namc.shared.internal.UnitOfWork;
import org.namc.shared.spi.IdGenerator;

/** What every learning use case needs, and the loading and access steps they share. */
record LearningContext(Courses courses, Enrollments enrollments, LessonProgressRecords progress,
                       Assessments assessments, Attempts attempts, Certificates certificates,
                       CoursePayments payments, CertificateSigner signer, Members members, Clock clock,
                       IdGenerator ids, SecureRandom random, UnitOfWork unitOfWork, CommandValidation validation,
                       Authorizer authorizer, LearningSettings settings) {

    static final String COURSE = "course";
    static final String ENROLLMENT = "enrollment";
    static final String ASSESSMENT = "assessment";
    static final String ATTEMPT = "attempt";
    static final String CERTIFICATE = "certificate";

    Instant now() {
        return clock.instant();
    }

    Course loadCourse(CourseId id) {
        return courses.findById(id).orElseThrow(() -> NamcException.notFound(COURSE, id));
    }

    Assessment loadAssessment(AssessmentId id) {
        return assessments.findById(id).orElseThrow(() -> NamcException.notFound(ASSESSMENT, id));
    }

    Attempt loadAttempt(AttemptId id) {
        return attempts.findById(id).orElseThrow(() -> NamcException.notFound(ATTEMPT, id));
    }

    Enrollment loadEnrollment(EnrollmentId id) {
        return enrollments.findById(id).orElseThrow(() -> NamcException.notFound(ENROLLMENT, id));
    }

    Certificate loadCertificate(CertificateId id) {
        return certificates.findById(id).orElseThrow(() -> NamcException.notFound(CERTIFICATE, id));
    }

    Member loadMember(MemberId id) {
        return members.findById(id).orElseThrow(() -> NamcException.notFound("member", id));
    }

    /** The course as shown, with its derived counts. */
    CourseView view(Course course, boolean withDrafts) {
        int published = (int) assessments.listByCourse(course.id()).stream().filter(Assessment::isPublished).count();
        return CourseView.of(course, withDrafts, published, enrollments.countByCourse(course.id()));
    }

    /** Checks {@code course:<action>} on the course; its instructor owns it. */
    void requireOnCourse(Actor actor, String action, Course course) {
        authorizer.require(actor, Permission.of(COURSE, action), courseRef(course));
    }

    boolean mayOnCourse(Actor actor, String action, Course course) {
        return authorizer.decide(actor, Permission.of(COURSE, action), courseRef(course)).isAllowed();
    }

    /** Checks {@code enrollment:<action>} on the learner's own enrolment in the course. */
    void requireLearner(Actor actor, String action, MemberId learner, CourseId courseId) {
        authorizer.require(actor, Permission.of(ENROLLMENT, action), learnerRef(learner, courseId));
    }

    boolean mayLearn(Actor actor, String action, MemberId learner, CourseId courseId) {
        return authorizer.decide(actor, Permission.of(ENROLLMENT, action), learnerRef(learner, courseId)).isAllowed();
    }

    /** Checks {@code enrollment:<action>} on all of a learner's enrolments (their list). */
    void requireLearnerOnAll(Actor actor, String action, MemberId learner) {
        authorizer.require(actor, Permission.of(ENROLLMENT, action), ResourceRef.owned(ENROLLMENT, learner, learner));
    }

    /** The learner's enrolment in the course, which must give access now. */
    Enrollment requireAccess(MemberId learner, CourseId courseId) {
        Enrollment enrollment = enrollments.find(learner, courseId).orElseThrow(() -> NamcException.refused(LearningRefusal.NOT_ENROLLED,
                "member " + learner + " is not enrolled in course " + courseId));
        if (!enrollment.hasAccessAt(now())) {
            throw NamcException.refused(LearningRefusal.NOT_ENROLLED, "enrolment " + enrollment.id() + " is " + enrollment.statusAt(now())
                    + " and gives no access to the course");
        }
        return enrollment;
    }

    /** Reading a learner's work: the learner themselves, or whoever grades the course. */
    void requireLearnerOrGrader(Actor actor, MemberId learner, Course course) {
        boolean learnerMay = authorizer.decide(actor, Permission.of(ENROLLMENT, "read"),
                learnerRef(learner, course.id())).isAllowed();
        if (!learnerMay) {
            requireOnCourse(actor, "grade", course);
        }
    }

    static ResourceRef courseRef(Course course) {
        return ResourceRef.owned(COURSE, course.id(), course.ownerId());
    }

    static ResourceRef learnerRef(MemberId learner, CourseId courseId) {
        return ResourceRef.owned(ENROLLMENT, learner + "/" + courseId, learner);
    }
}
