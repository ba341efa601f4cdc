package org.namc.learning.internal;

import java.util.Optional;
import org.namc.learning.CertificateKey;
import org.namc.learning.CertificateVerification;
import org.namc.learning.CertificateView;
import org.namc.learning.RevokeCertificate;
import org.namc.learning.domain.Certificate;
import org.namc.learning.domain.CertificateSignatures;
import org.namc.learning.domain.CertificateValidity;
import org.namc.learning.domain.CourseId;
import org.namc.learning.domain.VerificationCode;
import org.namc.shared.authorization.Permission;
import org.namc.shared.authorization.ResourceRef;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Violations;

/** Reading, revoking and publicly verifying certificates. */
final class CertificateUseCases {
    private final LearningContext ctx;

    CertificateUseCases(LearningContext ctx) {
        this.ctx = ctx;
    }

    Optional<CertificateView> find(Actor actor, MemberId memberId, CourseId courseId) {
        Violations.collect().required(memberId, "memberId").required(courseId, "courseId").throwIfAny();
        ctx.authorizer().require(actor, Permission.of(LearningContext.CERTIFICATE, "read"),
                ResourceRef.owned(LearningContext.CERTIFICATE, memberId + "/" + courseId, memberId));
        return ctx.certificates().find(memberId, courseId).map(c -> CertificateView.of(c, validityOf(c)));
    }

    CertificateView revoke(Actor actor, RevokeCertificate command) {
        ctx.validation().validate(command, Violations.collect().required(command.certificateId(), "certificateId")
                .notBlank(command.reason(), "reason", 500));
        return ctx.unitOfWork().execute(actor, "certificate.revoke", LearningContext.CERTIFICATE, scope -> {
            scope.resource(command.certificateId());
            Certificate certificate = ctx.loadCertificate(command.certificateId());
            ctx.authorizer().require(actor, Permission.of(LearningContext.CERTIFICATE, "revoke"),
                    ResourceRef.owned(LearningContext.CERTIFICATE, certificate.id(), certificate.content().memberId()));
            Certificate revoked = ctx.certificates().save(certificate.revoked(command.reason().strip(), ctx.now()));
            scope.changed("revokedAt", null, revoked.revokedAt()).changed("reason", null, revoked.revocationReason());
            return CertificateView.of(revoked, validityOf(revoked));
        });
    }

    CertificateVerification verify(Actor actor, String code) {
        Violations.collect().notBlank(code, "code", 40).throwIfAny();
        ctx.authorizer().require(actor, Permission.of(LearningContext.CERTIFICATE, "verify"),
                ResourceRef.any(LearningContext.CERTIFICATE));
        VerificationCode parsed = VerificationCode.parse(code);
        return ctx.certificates().findByCode(parsed)
                .<CertificateVerification>map(c -> new CertificateVerification.Found(c.content().recipientName(),
                        c.content().courseTitle(), c.content().completedOn(), validityOf(c)))
                .orElseGet(CertificateVerification.NotFound::new);
    }

    CertificateKey key(Actor actor) {
        ctx.authorizer().require(actor, Permission.of(LearningContext.CERTIFICATE, "verify"),
                ResourceRef.any(LearningContext.CERTIFICATE));
        return new CertificateKey(ctx.signer().keyId(), ctx.signer().publicKey());
    }

    /** Revocation, hash and expiry; and the signature, when the current key made it. */
    private CertificateValidity validityOf(Certificate certificate) {
        CertificateValidity validity = certificate.validityAt(ctx.now());
        boolean ourKey = certificate.signingKeyId().equals(ctx.signer().keyId());
        if (validity != CertificateValidity.REVOKED && ourKey && !CertificateSignatures.verify(
                ctx.signer().publicKey(), certificate.content(), certificate.signature())) {
            return CertificateValidity.INVALID;
        }
        return validity;
    }
}
