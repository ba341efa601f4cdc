package org.namc.learning.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import org.namc.learning.domain.Certificate;
import org.namc.learning.domain.CertificateContent;
import org.namc.learning.domain.CertificateId;
import org.namc.learning.domain.CertificateNumber;
import org.namc.learning.domain.Course;
import org.namc.learning.domain.LessonProgress;
import org.namc.learning.domain.VerificationCode;
import org.namc.learning.grading.CourseGrade;
import org.namc.shared.domain.MemberId;
import org.namc.shared.internal.AuditScope;

/** Issues the one certificate of a member for a course: numbered, coded, hashed and signed. */
final class CertificateIssuer {
    private static final int CODE_TRIES = 3;

    private final LearningContext ctx;

    CertificateIssuer(LearningContext ctx) {
        this.ctx = ctx;
    }

    void issueOnce(MemberId member, Course course, CourseGrade grade, Instant now, AuditScope scope) {
        if (ctx.certificates().find(member, course.id()).isPresent()) {
            return; // issued once: completing again after a re-enrolment keeps the first certificate
        }
        LocalDate completedOn = LocalDate.ofInstant(now, ctx.settings().zone());
        int year = completedOn.getYear();
        CertificateNumber number = CertificateNumber.of(ctx.settings().certificatePrefix(), year,
                ctx.certificates().nextSerial(year));
        Integer validDays = course.details().certificateValidDays();
        CertificateContent content = new CertificateContent(number, member,
                ctx.loadMember(member).profile().displayName(), course.id(), course.details().title(), completedOn,
                grade.percent(), now, validDays == null ? null : now.plus(Duration.ofDays(validDays)));
        String signature = Base64.getEncoder().encodeToString(ctx.signer().sign(content.canonicalBytes()));
        long minutes = ctx.progress().listFor(member, course.id()).stream()
                .mapToLong(LessonProgress::timeSpentSeconds).sum() / 60;
        Certificate certificate = Certificate.issue(new CertificateId(ctx.ids().newId()), content, freshCode(),
                signature, ctx.signer().keyId(), minutes);
        ctx.certificates().save(certificate);
        scope.changed("certificate", null, number);
    }

    /** A code no other certificate has; with 84 random bits a repeat is practically impossible, but cheap to rule out. */
    private VerificationCode freshCode() {
        for (int i = 0; i < CODE_TRIES; i++) {
            VerificationCode code = VerificationCode.generate(ctx.random());
            if (ctx.certificates().findByCode(code).isEmpty()) {
                return code;
            }
        }
        throw new IllegalStateException("the random source repeats itself; check the SecureRandom given to the portal");
    }
}
