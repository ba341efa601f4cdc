package org.namc.learning.domain;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.NamcException;

/**
 * A certificate of completion: issued once per member and course, identified by a
 * human-readable number and an unguessable verification code, bound to its content by a
 * SHA-256 hash and an Ed25519 signature. It may expire and be revoked.
 */
public final class Certificate {
    private final CertificateId id;
    private final CertificateContent content;
    private final VerificationCode verificationCode;
    private final String contentHash;
    private final String signature;
    private final String signingKeyId;
    private final long completionMinutes;
    private final @Nullable Instant revokedAt;
    private final @Nullable String revocationReason;
    private final long rowVersion;

    private Certificate(CertificateId id, CertificateContent content, VerificationCode verificationCode,
                        String contentHash, String signature, String signingKeyId, long completionMinutes,
                        @Nullable Instant revokedAt, @Nullable String revocationReason, long rowVersion) {
        this.id = Objects.requireNonNull(id, "id");
        this.content = Objects.requireNonNull(content, "content");
        this.verificationCode = Objects.requireNonNull(verificationCode, "verificationCode");
        this.contentHash = Objects.requireNonNull(contentHash, "contentHash");
        this.signature = Objects.requireNonNull(signature, "signature");
        this.signingKeyId = Objects.requireNonNull(signingKeyId, "signingKeyId");
        this.completionMinutes = completionMinutes;
        this.revokedAt = revokedAt;
        this.revocationReason = revocationReason;
        this.rowVersion = rowVersion;
    }

    /** @param signature base64 of the signer's signature over {@link CertificateContent#canonicalBytes()} */
    public static Certificate issue(CertificateId id, CertificateContent content, VerificationCode code,
                                    String signature, String signingKeyId, long completionMinutes) {
        return new Certificate(id, content, code, content.hash(), signature, signingKeyId, completionMinutes, null,
                null, 0);
    }

    /** Rebuilds a stored certificate; for adapters only. */
    public static Certificate restore(CertificateId id, CertificateContent content, VerificationCode verificationCode,
                                      String contentHash, String signature, String signingKeyId,
                                      long completionMinutes, @Nullable Instant revokedAt,
                                      @Nullable String revocationReason, long rowVersion) {
        return new Certificate(id, content, verificationCode, contentHash, signature, signingKeyId, completionMinutes,
                revokedAt, revocationReason, rowVersion);
    }

    public Certificate revoked(String reason, Instant now) {
        if (revokedAt != null) {
            throw NamcException.refused(LearningRefusal.CERTIFICATE_REVOKED, "certificate " + content.number() + " is already revoked");
        }
        return new Certificate(id, content, verificationCode, contentHash, signature, signingKeyId, completionMinutes,
                now, reason, rowVersion);
    }

    public Certificate atRowVersion(long storedVersion) {
        return new Certificate(id, content, verificationCode, contentHash, signature, signingKeyId, completionMinutes,
                revokedAt, revocationReason, storedVersion);
    }

    /** Whether the stored content still matches the hash taken at issue. */
    public boolean isIntact() {
        return contentHash.equals(content.hash());
    }

    /** Validity by revocation, integrity and expiry; the signature is checked by whoever holds the key. */
    public CertificateValidity validityAt(Instant now) {
        if (revokedAt != null && !now.isBefore(revokedAt)) {
            return CertificateValidity.REVOKED;
        }
        if (!isIntact()) {
            return CertificateValidity.INVALID;
        }
        Instant expiresAt = content.expiresAt();
        return expiresAt != null && !now.isBefore(expiresAt) ? CertificateValidity.EXPIRED : CertificateValidity.VALID;
    }

    public CertificateId id() {
        return id;
    }

    public CertificateContent content() {
        return content;
    }

    public VerificationCode verificationCode() {
        return verificationCode;
    }

    public String contentHash() {
        return contentHash;
    }

    public String signature() {
        return signature;
    }

    public String signingKeyId() {
        return signingKeyId;
    }

    public long completionMinutes() {
        return completionMinutes;
    }

    public @Nullable Instant revokedAt() {
        return revokedAt;
    }

    public @Nullable String revocationReason() {
        return revocationReason;
    }

    public long rowVersion() {
        return rowVersion;
    }
}
