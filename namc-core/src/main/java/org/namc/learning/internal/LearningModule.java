package org.namc.learning.internal;

import org.namc.learning.LearningSettings;
import org.namc.shared.domain.ViolationRule;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.namc.learning.AddLesson;
import org.namc.learning.AddModule;
import org.namc.learning.AddedPart;
import org.namc.learning.AnnotateLesson;
import org.namc.learning.ApplyRegrade;
import org.namc.learning.AssessmentView;
import org.namc.learning.AttemptView;
import org.namc.learning.CertificateKey;
import org.namc.learning.CertificateVerification;
import org.namc.learning.CertificateView;
import org.namc.learning.ConfigureAssessment;
import org.namc.learning.ConfirmCoursePayment;
import org.namc.learning.CourseSummary;
import org.namc.learning.CourseView;
import org.namc.learning.CreateAssessment;
import org.namc.learning.CreateCourse;
import org.namc.learning.Enroll;
import org.namc.learning.EnrollmentResult;
import org.namc.learning.EnrollmentView;
import org.namc.learning.FailCoursePayment;
import org.namc.learning.GradeEssays;
import org.namc.learning.LearningApi;
import org.namc.learning.LessonProgressView;
import org.namc.learning.LessonView;
import org.namc.learning.OpenLesson;
import org.namc.learning.PreviewRegrade;
import org.namc.learning.RegradePreview;
import org.namc.learning.RemoveCourseContent;
import org.namc.learning.ReorderLessons;
import org.namc.learning.ReorderModules;
import org.namc.learning.ReviseCourse;
import org.namc.learning.ReviseLesson;
import org.namc.learning.ReviseModule;
import org.namc.learning.ReviseQuestions;
import org.namc.learning.RevokeCertificate;
import org.namc.learning.SaveAnswers;
import org.namc.learning.SetCourseGrading;
import org.namc.learning.SetVisibility;
import org.namc.learning.StartAttempt;
import org.namc.learning.SubmissionResult;
import org.namc.learning.SubmitAttempt;
import org.namc.learning.TrackLesson;
import org.namc.learning.domain.AssessmentId;
import org.namc.learning.domain.CourseId;
import org.namc.learning.domain.CourseQuery;
import org.namc.learning.domain.EnrollmentId;
import org.namc.learning.grading.CourseGrade;
import org.namc.learning.spi.Assessments;
import org.namc.learning.spi.Attempts;
import org.namc.learning.spi.CertificateSigner;
import org.namc.learning.spi.Certificates;
import org.namc.learning.spi.CoursePayments;
import org.namc.learning.spi.Courses;
import org.namc.learning.spi.Enrollments;
import org.namc.learning.spi.LessonProgressRecords;
import org.namc.membership.spi.Members;
import org.namc.shared.authorization.Authorizer;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;
import org.namc.shared.domain.Violations;
import org.namc.shared.internal.CommandValidation;
import org.namc.shared.internal.UnitOfWork;
import org.namc.shared.spi.IdGenerator;

/** The learning context's primary port, split by concern into the use-case classes it calls. */
public final class LearningModule implements LearningApi {
    private final CatalogueUseCases catalogue;
    private final AssessmentUseCases assessments;
    private final RegradeUseCases regrades;
    private final EnrollmentUseCases enrollments;
    private final ProgressUseCases progress;
    private final AttemptUseCases attempts;
    private final CertificateUseCases certificates;


    /** The learning stores and capability ports, as one parameter. */
    public record Ports(Courses courses, Enrollments enrollments, LessonProgressRecords progress,
                        Assessments assessments, Attempts attempts, Certificates certificates,
                        CoursePayments payments, CertificateSigner signer) {
    }

    public LearningModule(Ports ports, Members members, Clock clock, IdGenerator ids, SecureRandom random,
                          UnitOfWork unitOfWork, CommandValidation validation, Authorizer authorizer,
                          LearningSettings settings) {
        LearningContext ctx = new LearningContext(ports.courses(), ports.enrollments(), ports.progress(),
                ports.assessments(), ports.attempts(), ports.certificates(), ports.payments(), ports.signer(), members,
                clock, ids, random, unitOfWork, validation, authorizer, settings);
        CourseCompletion completion = new CourseCompletion(ctx, new CertificateIssuer(ctx));
        this.catalogue = new CatalogueUseCases(ctx);
        this.assessments = new AssessmentUseCases(ctx, completion);
        this.regrades = new RegradeUseCases(ctx, completion);
        this.enrollments = new EnrollmentUseCases(ctx, completion);
        this.progress = new ProgressUseCases(ctx, completion);
        this.attempts = new AttemptUseCases(ctx, new AttemptSettlement(ctx), completion);
        this.certificates = new CertificateUseCases(ctx);
    }

    @Override
    public CourseView createCourse(Actor actor, CreateCourse command) {
        return catalogue.create(actor, command);
    }

    @Override
    public CourseView reviseCourse(Actor actor, ReviseCourse command) {
        return catalogue.revise(actor, command);
    }

    @Override
    public AddedPart addModule(Actor actor, AddModule command) {
        return catalogue.addModule(actor, command);
    }

    @Override
    public CourseView reviseModule(Actor actor, ReviseModule command) {
        return catalogue.reviseModule(actor, command);
    }

    @Override
    public AddedPart addLesson(Actor actor, AddLesson command) {
        return catalogue.addLesson(actor, command);
    }

    @Override
    public CourseView reviseLesson(Actor actor, ReviseLesson command) {
        return catalogue.reviseLesson(actor, command);
    }

    @Override
    public CourseView removeContent(Actor actor, RemoveCourseContent command) {
        return catalogue.removeContent(actor, command);
    }

    @Override
    public CourseView reorderModules(Actor actor, ReorderModules command) {
        return catalogue.reorderModules(actor, command);
    }

    @Override
    public CourseView reorderLessons(Actor actor, ReorderLessons command) {
        return catalogue.reorderLessons(actor, command);
    }

    @Override
    public CourseView setVisibility(Actor actor, SetVisibility command) {
        return catalogue.setVisibility(actor, command);
    }

    @Override
    public CourseView setGrading(Actor actor, SetCourseGrading command) {
        return catalogue.setGrading(actor, command);
    }

    @Override
    public CourseView publishCourse(Actor actor, CourseId courseId) {
        return catalogue.publish(actor, courseId);
    }

    @Override
    public CourseView unpublishCourse(Actor actor, CourseId courseId) {
        return catalogue.unpublish(actor, courseId);
    }

    @Override
    public CourseView course(Actor actor, CourseId courseId) {
        return catalogue.find(actor, courseId);
    }

    @Override
    public Page<CourseSummary> catalogue(Actor actor, CourseQuery query, PageRequest page) {
        return catalogue.catalogue(actor, query, page);
    }

    @Override
    public AssessmentView createAssessment(Actor actor, CreateAssessment command) {
        return assessments.create(actor, command);
    }

    @Override
    public AssessmentView reviseQuestions(Actor actor, ReviseQuestions command) {
        return assessments.reviseQuestions(actor, command);
    }

    @Override
    public AssessmentView configureAssessment(Actor actor, ConfigureAssessment command) {
        return assessments.configure(actor, command);
    }

    @Override
    public AssessmentView publishAssessment(Actor actor, AssessmentId assessmentId) {
        return assessments.publish(actor, assessmentId);
    }

    @Override
    public AssessmentView assessment(Actor actor, AssessmentId assessmentId) {
        return assessments.find(actor, assessmentId);
    }

    @Override
    public List<AttemptView> submissions(Actor actor, AssessmentId assessmentId) {
        return assessments.submissions(actor, assessmentId);
    }

    @Override
    public AttemptView gradeEssays(Actor actor, GradeEssays command) {
        return assessments.gradeEssays(actor, command);
    }

    @Override
    public RegradePreview previewRegrade(Actor actor, PreviewRegrade command) {
        return regrades.preview(actor, command);
    }

    @Override
    public RegradePreview applyRegrade(Actor actor, ApplyRegrade command) {
        return regrades.apply(actor, command);
    }

    @Override
    public int settleOverdueAttempts(Actor actor, AssessmentId assessmentId) {
        return attempts.settleOverdue(actor, assessmentId);
    }

    @Override
    public EnrollmentResult enroll(Actor actor, Enroll command) {
        return enrollments.enroll(actor, command);
    }

    @Override
    public EnrollmentView confirmCoursePayment(Actor actor, ConfirmCoursePayment command) {
        return enrollments.confirmPayment(actor, command);
    }

    @Override
    public EnrollmentView failCoursePayment(Actor actor, FailCoursePayment command) {
        return enrollments.failPayment(actor, command);
    }

    @Override
    public EnrollmentView withdraw(Actor actor, EnrollmentId enrollmentId) {
        return enrollments.withdraw(actor, enrollmentId);
    }

    @Override
    public EnrollmentView enrollment(Actor actor, MemberId memberId, CourseId courseId) {
        return enrollments.find(actor, memberId, courseId);
    }

    @Override
    public Page<EnrollmentView> enrollments(Actor actor, MemberId memberId, PageRequest page) {
        return enrollments.list(actor, memberId, page);
    }

    @Override
    public LessonView openLesson(Actor actor, OpenLesson command) {
        return progress.open(actor, command);
    }

    @Override
    public LessonProgressView trackLesson(Actor actor, TrackLesson command) {
        return progress.track(actor, command);
    }

    @Override
    public LessonProgressView annotateLesson(Actor actor, AnnotateLesson command) {
        return progress.annotate(actor, command);
    }

    @Override
    public AttemptView startAttempt(Actor actor, StartAttempt command) {
        return attempts.start(actor, command);
    }

    @Override
    public AttemptView saveAnswers(Actor actor, SaveAnswers command) {
        return attempts.save(actor, command);
    }

    @Override
    public SubmissionResult submitAttempt(Actor actor, SubmitAttempt command) {
        return attempts.submit(actor, command);
    }

    @Override
    public List<AttemptView> attempts(Actor actor, MemberId memberId, AssessmentId assessmentId) {
        return attempts.attempts(actor, memberId, assessmentId);
    }

    @Override
    public CourseGrade courseGrade(Actor actor, MemberId memberId, CourseId courseId) {
        return attempts.courseGrade(actor, memberId, courseId);
    }

    @Override
    public Optional<CertificateView> certificate(Actor actor, MemberId memberId, CourseId courseId) {
        return certificates.find(actor, memberId, courseId);
    }

    @Override
    public CertificateView revokeCertificate(Actor actor, RevokeCertificate command) {
        return certificates.revoke(actor, command);
    }

    @Override
    public CertificateVerification verifyCertificate(Actor actor, String code) {
        return certificates.verify(actor, code);
    }

    @Override
    public CertificateKey certificateKey(Actor actor) {
        return certificates.key(actor);
    }
}
