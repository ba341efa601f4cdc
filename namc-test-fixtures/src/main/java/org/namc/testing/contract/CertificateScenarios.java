package org.namc.testing.contract;

import org.namc.shared.domain.CommonRefusal;
import org.namc.learning.domain.LearningRefusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.testing.assertions.NamcExceptionAssert.assertThatNamcException;
import static org.namc.testing.data.CourseBuilder.aCourse;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.namc.NamcPortal;
import org.namc.NamcPortalBuilder;
import org.namc.learning.AttemptView;
import org.namc.learning.CertificateKey;
import org.namc.learning.CertificateVerification;
import org.namc.learning.CertificateView;
import org.namc.learning.LearningApi;
import org.namc.learning.RevokeCertificate;
import org.namc.learning.StartAttempt;
import org.namc.learning.SubmitAttempt;
import org.namc.learning.domain.AssessmentSettings;
import org.namc.learning.domain.CertificateSignatures;
import org.namc.learning.domain.CertificateValidity;
import org.namc.learning.domain.EnrollmentStatus;
import org.namc.learning.domain.VerificationCode;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.MemberId;
import org.namc.testing.MutableClock;
import org.namc.testing.PortalFixture;
import org.namc.testing.data.Classroom;
import org.namc.testing.data.CourseBuilder.PublishedCourse;

/** Completing a course, the certificate it earns, and verifying it, online and offline. */
public abstract class CertificateScenarios {
    protected PortalFixture fixture;
    protected LearningApi learning;
    protected MutableClock clock;
    protected Classroom classroom;
    private PublishedCourse course;
    private MemberId learner;

    protected abstract PortalFixture newPortal(NamcPortalBuilder settings);

    @BeforeEach
    void startPortal() {
        fixture = newPortal(NamcPortal.builder());
        learning = fixture.portal().learning();
        clock = fixture.clock();
        classroom = new Classroom(fixture);
    }

    /** Enrols, completes the lessons, fails the quiz, then passes it. */
    private CertificateView completeTheCourse(Integer validDays) {
        course = classroom.publish(aCourse().titled("Fall Protection").withTextLessons(2).withQuiz(
                AssessmentSettings.defaults()).withCertificatesValidFor(validDays));
        learner = classroom.learner();
        classroom.enrol(learner, course);
        classroom.openLessons(learner, course, course.lessons());
        for (int right : new int[] {1, 4}) {
            assertThat(learning.certificate(Actor.member(learner), learner, course.id())).isEmpty();
            AttemptView attempt = learning.startAttempt(Actor.member(learner), new StartAttempt(learner,
                    Objects.requireNonNull(course.quiz())));
            learning.submitAttempt(Actor.member(learner), new SubmitAttempt(attempt.id(),
                    classroom.answers(course.quiz(), right)));
            clock.advance(Duration.ofMinutes(10));
        }
        return learning.certificate(Actor.member(learner), learner, course.id()).orElseThrow();
    }

    @Test
    void completingTheCourseIssuesOneCertificateAnyoneCanVerify() {
        CertificateView certificate = completeTheCourse(null);

        assertThat(learning.enrollment(Actor.member(learner), learner, course.id()).status())
                .isEqualTo(EnrollmentStatus.COMPLETED);
        assertThat(certificate.content().number().value()).matches("NAMC-\\d{4}-\\d{6}");
        assertThat(certificate.content().courseTitle()).isEqualTo("Fall Protection");
        assertThat(certificate.content().finalScore()).isEqualByComparingTo("100");
        assertThat(certificate.content().completedOn())
                .isEqualTo(LocalDate.ofInstant(certificate.content().issuedAt(), ZoneId.of("America/Los_Angeles")));
        assertThat(certificate.contentHash()).isEqualTo(certificate.content().hash());
        assertThat(certificate.validity()).isEqualTo(CertificateValidity.VALID);

        CertificateVerification verified = learning.verifyCertificate(Actor.anonymous(),
                certificate.verificationCode().toLowerCase());
        assertThat(verified).isEqualTo(new CertificateVerification.Found(certificate.content().recipientName(),
                "Fall Protection", certificate.content().completedOn(), CertificateValidity.VALID));
        assertThat(CertificateVerification.Found.class.getRecordComponents()).hasSize(4);

        CertificateKey key = learning.certificateKey(Actor.anonymous());
        var published = CertificateSignatures.publicKey(Base64.getDecoder().decode(key.encoded()));
        assertThat(key.keyId()).isEqualTo(certificate.signingKeyId());
        assertThat(CertificateSignatures.verify(published, certificate.content(), certificate.signature())).isTrue();
    }

    @Test
    void theCertificateIsIssuedOnlyOnce() {
        CertificateView first = completeTheCourse(null);
        learning.startAttempt(Actor.member(learner), new StartAttempt(learner, course.quiz()));

        assertThat(learning.certificate(Actor.member(learner), learner, course.id()).orElseThrow().id())
                .isEqualTo(first.id());
        assertThat(fixture.auditRecords().stream().filter(r -> r.changes().containsKey("certificate"))).hasSize(1);
    }

    @Test
    void aTypoIsCaughtByTheCheckSymbolAndAnUnknownCodeIsNotFound() {
        CertificateView certificate = completeTheCourse(null);
        String code = certificate.verificationCode();
        char first = code.charAt(0);
        char typo = VerificationCode.ALPHABET.charAt((VerificationCode.ALPHABET.indexOf(first) + 1) % 31);

        assertThatNamcException(() -> learning.verifyCertificate(Actor.anonymous(), typo + code.substring(1)))
                .hasViolation("code", "check-character");
        String unknown = VerificationCode.generate(new SecureRandom()).formatted();
        assertThat(learning.verifyCertificate(Actor.anonymous(), unknown))
                .isInstanceOf(CertificateVerification.NotFound.class);
    }

    @Test
    void certificatesExpireAndCanBeRevokedByStaffOnly() {
        CertificateView certificate = completeTheCourse(365);
        var expiry = Objects.requireNonNull(certificate.content().expiresAt());
        clock.set(expiry.minusNanos(1));
        assertThat(validity(certificate)).isEqualTo(CertificateValidity.VALID);
        clock.set(expiry);
        assertThat(validity(certificate)).isEqualTo(CertificateValidity.EXPIRED);

        RevokeCertificate revoke = new RevokeCertificate(certificate.id(), "completed by someone else");
        assertThatNamcException(() -> learning.revokeCertificate(Actor.member(learner), revoke))
                .hasReason(CommonRefusal.PERMISSION_DENIED);
        CertificateView revoked = learning.revokeCertificate(Actor.member(classroom.memberWithRole("STAFF")), revoke);
        assertThat(revoked.validity()).isEqualTo(CertificateValidity.REVOKED);
        assertThat(validity(certificate)).isEqualTo(CertificateValidity.REVOKED);
        assertThatNamcException(() -> learning.revokeCertificate(Actor.system(), revoke))
                .hasReason(LearningRefusal.CERTIFICATE_REVOKED);
    }

    @Test
    void onlyTheHolderAndStaffReadTheCertificate() {
        completeTheCourse(null);
        assertThatNamcException(() -> learning.certificate(Actor.member(classroom.learner()), learner, course.id()))
                .hasReason(CommonRefusal.PERMISSION_DENIED);
        assertThat(learning.certificate(Actor.member(classroom.memberWithRole("STAFF")), learner, course.id()))
                .isPresent();
    }

    private CertificateValidity validity(CertificateView certificate) {
        return ((CertificateVerification.Found) learning.verifyCertificate(Actor.anonymous(),
                certificate.verificationCode())).validity();
    }
}
