package org.namc.learning.internal;

import org.namc.learning.domain.LearningRefusal;
import org.namc.learning.ConfirmCoursePayment;
import org.namc.learning.Enroll;
import org.namc.learning.EnrollmentResult;
import org.namc.learning.EnrollmentView;
import org.namc.learning.FailCoursePayment;
import org.namc.learning.domain.Course;
import org.namc.learning.domain.CourseId;
import org.namc.learning.domain.CoursePaymentRequest;
import org.namc.learning.domain.Enrollment;
import org.namc.learning.domain.EnrollmentId;
import org.namc.learning.domain.EnrollmentStatus;
import org.namc.learning.domain.PaymentReference;
import org.namc.shared.authorization.Permission;
import org.namc.shared.authorization.ResourceRef;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.NamcException;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;
import org.namc.shared.domain.Violations;

/** Enrolling (free at once, paid through billing), payment outcomes, withdrawal and reading enrolments. */
final class EnrollmentUseCases {
    private final LearningContext ctx;
    private final CourseCompletion completion;

    EnrollmentUseCases(LearningContext ctx, CourseCompletion completion) {
        this.ctx = ctx;
        this.completion = completion;
    }

    EnrollmentResult enroll(Actor actor, Enroll command) {
        ctx.validation().validate(command, Violations.collect().required(command.memberId(), "memberId")
                .required(command.courseId(), "courseId"));
        MemberId learner = command.memberId();
        return ctx.unitOfWork().execute(actor, "enrollment.create", LearningContext.ENROLLMENT, scope -> {
            Course course = ctx.loadCourse(command.courseId());
            // Members enrol themselves; enrolling someone else is staff work.
            ctx.requireLearner(actor, actor.is(learner) ? "create" : "manage", learner, course.id());
            ctx.loadMember(learner);
            if (!course.isPublished()) {
                throw NamcException.refused(LearningRefusal.COURSE_NOT_PUBLISHED, "course " + course.id() + " is not published");
            }
            Enrollment existing = ctx.enrollments().find(learner, course.id()).orElse(null);
            var details = course.details();
            Enrollment enrollment = existing == null
                    ? Enrollment.start(new EnrollmentId(ctx.ids().newId()), learner, course.id(), details.price(),
                    details.accessDays(), ctx.now())
                    : existing.reopened(details.price(), details.accessDays(), ctx.now());
            scope.resource(enrollment.id());
            PaymentReference reference = null;
            if (enrollment.storedStatus() == EnrollmentStatus.PENDING_PAYMENT) {
                reference = ctx.payments().requestPayment(new CoursePaymentRequest(enrollment.id(), learner,
                        course.id(), details.title(), details.price()));
                enrollment = enrollment.paymentRequested(reference);
                scope.changed("price", null, details.price()).changed("paymentReference", null, reference);
            }
            Enrollment saved = ctx.enrollments().save(enrollment);
            scope.changed("status", existing == null ? null : existing.statusAt(ctx.now()), saved.statusAt(ctx.now()))
                    .changed("accessExpiresAt", null, saved.accessExpiresAt());
            EnrollmentView view = view(saved, course);
            return reference == null ? new EnrollmentResult.Enrolled(view)
                    : new EnrollmentResult.AwaitingPayment(view, reference);
        });
    }

    EnrollmentView confirmPayment(Actor actor, ConfirmCoursePayment command) {
        ctx.validation().validate(command, Violations.collect().required(command.enrollmentId(), "enrollmentId")
                .required(command.reference(), "reference").required(command.amountPaid(), "amountPaid"));
        return ctx.unitOfWork().execute(actor, "enrollment.payment.confirm", LearningContext.ENROLLMENT, scope -> {
            Enrollment enrollment = payable(actor, command.enrollmentId());
            scope.resource(enrollment.id());
            Course course = ctx.loadCourse(enrollment.courseId());
            if (enrollment.isPaidBy(command.reference())) {
                return view(enrollment, course); // billing repeated a confirmation
            }
            Enrollment active = ctx.enrollments().save(enrollment.paymentConfirmed(command.reference(),
                    command.amountPaid(), course.details().accessDays(), ctx.now()));
            scope.changed("status", enrollment.statusAt(ctx.now()), active.statusAt(ctx.now()))
                    .changed("amountPaid", enrollment.amountPaid(), active.amountPaid())
                    .changed("accessExpiresAt", null, active.accessExpiresAt());
            completion.evaluate(active.memberId(), course, scope); // progress kept from an earlier enrolment
            return view(ctx.loadEnrollment(active.id()), course);
        });
    }

    EnrollmentView failPayment(Actor actor, FailCoursePayment command) {
        ctx.validation().validate(command, Violations.collect().required(command.enrollmentId(), "enrollmentId"));
        return ctx.unitOfWork().execute(actor, "enrollment.payment.fail", LearningContext.ENROLLMENT, scope -> {
            Enrollment enrollment = payable(actor, command.enrollmentId());
            scope.resource(enrollment.id());
            if (enrollment.storedStatus() != EnrollmentStatus.PENDING_PAYMENT) {
                throw NamcException.refused(LearningRefusal.ENROLLMENT_NOT_AWAITING_PAYMENT, "enrolment " + enrollment.id() + " is not awaiting a payment");
            }
            Enrollment cancelled = ctx.enrollments().save(enrollment.cancelled(ctx.now()));
            scope.changed("status", enrollment.statusAt(ctx.now()), cancelled.statusAt(ctx.now()));
            return view(cancelled, ctx.loadCourse(cancelled.courseId()));
        });
    }

    EnrollmentView withdraw(Actor actor, EnrollmentId enrollmentId) {
        Violations.collect().required(enrollmentId, "enrollmentId").throwIfAny();
        return ctx.unitOfWork().execute(actor, "enrollment.withdraw", LearningContext.ENROLLMENT, scope -> {
            scope.resource(enrollmentId);
            Enrollment enrollment = ctx.loadEnrollment(enrollmentId);
            ctx.requireLearner(actor, "update", enrollment.memberId(), enrollment.courseId());
            Enrollment cancelled = ctx.enrollments().save(enrollment.cancelled(ctx.now()));
            scope.changed("status", enrollment.statusAt(ctx.now()), cancelled.statusAt(ctx.now()));
            return view(cancelled, ctx.loadCourse(cancelled.courseId()));
        });
    }

    EnrollmentView find(Actor actor, MemberId memberId, CourseId courseId) {
        Violations.collect().required(memberId, "memberId").required(courseId, "courseId").throwIfAny();
        Course course = ctx.loadCourse(courseId);
        ctx.requireLearnerOrGrader(actor, memberId, course);
        Enrollment enrollment = ctx.enrollments().find(memberId, courseId)
                .orElseThrow(() -> NamcException.notFound(LearningContext.ENROLLMENT, memberId + " in " + courseId));
        return view(enrollment, course);
    }

    Page<EnrollmentView> list(Actor actor, MemberId memberId, PageRequest page) {
        Violations.collect().required(memberId, "memberId").required(page, "page").throwIfAny();
        ctx.requireLearnerOnAll(actor, "read", memberId);
        return ctx.enrollments().listByMember(memberId, page).map(e -> view(e, ctx.loadCourse(e.courseId())));
    }

    /** An enrolment whose payment outcome billing may report: {@code payment:confirm} (finance, the system). */
    private Enrollment payable(Actor actor, EnrollmentId enrollmentId) {
        Enrollment enrollment = ctx.loadEnrollment(enrollmentId);
        ctx.authorizer().require(actor, Permission.of("payment", "confirm"),
                ResourceRef.owned(LearningContext.ENROLLMENT, enrollmentId, enrollment.memberId()));
        return enrollment;
    }

    private EnrollmentView view(Enrollment enrollment, Course course) {
        return EnrollmentView.of(enrollment, completion.progressOf(enrollment.memberId(), course), ctx.now());
    }
}
