package org.namc.learning;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.namc.learning.domain.Certificate;
import org.namc.learning.domain.CertificateContent;
import org.namc.learning.domain.CertificateId;
import org.namc.learning.domain.CertificateValidity;

/**
 * A certificate as its holder (and staff) see it: the signed content, the verification code
 * to share, the content hash, the Ed25519 signature (base64) with the id of the signing key,
 * and its validity now.
 */
public record CertificateView(CertificateId id, CertificateContent content, String verificationCode,
                              String contentHash, String signature, String signingKeyId, long completionMinutes,
                              CertificateValidity validity, @Nullable Instant revokedAt,
                              @Nullable String revocationReason) {

    public static CertificateView of(Certificate c, CertificateValidity validity) {
        return new CertificateView(c.id(), c.content(), c.verificationCode().formatted(), c.contentHash(),
                c.signature(), c.signingKeyId(), c.completionMinutes(), validity, c.revokedAt(), c.revocationReason());
    }
}
