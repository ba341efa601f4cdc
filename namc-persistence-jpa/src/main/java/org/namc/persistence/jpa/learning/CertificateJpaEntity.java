package org.namc.persistence.jpa.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A row of {@code certificates}: the signed content's fields, its SHA-256
 * ({@code certificate_hash}) and Ed25519 signature, and its revocation. The core issues no
 * file, so {@code certificate_url} stays unmapped.
 */
@Entity
@Table(name = "certificates")
class CertificateJpaEntity {
    @Id
    @Column(name = "id", nullable = false, updatable = false)
    UUID id;

    @Column(name = "user_id", nullable = false, updatable = false)
    UUID userId;

    @Column(name = "course_id", nullable = false, updatable = false)
    UUID courseId;

    @Column(name = "certificate_number", nullable = false, updatable = false)
    String certificateNumber;

    @Column(name = "verification_code", nullable = false, updatable = false)
    String verificationCode;

    @Column(name = "recipient_name", nullable = false, updatable = false)
    String recipientName;

    @Column(name = "course_title", nullable = false, updatable = false)
    String courseTitle;

    @Column(name = "completed_on", nullable = false, updatable = false)
    LocalDate completedOn;

    @Column(name = "final_score", updatable = false)
    @Nullable BigDecimal finalScore;

    @Column(name = "issued_at", nullable = false, updatable = false)
    Instant issuedAt;

    @Column(name = "expires_at", updatable = false)
    @Nullable Instant expiresAt;

    @Column(name = "certificate_hash", nullable = false, updatable = false)
    String certificateHash;

    @Column(name = "signature", nullable = false, updatable = false)
    String signature;

    @Column(name = "signing_key_id", nullable = false, updatable = false)
    String signingKeyId;

    /** {@code CertificateFormat.version()}: how the signed text encodes its values. */
    @Column(name = "content_format", nullable = false, updatable = false)
    short contentFormat;

    @Column(name = "completion_time", updatable = false)
    long completionTime;

    @Column(name = "revoked_at")
    @Nullable Instant revokedAt;

    @Column(name = "revocation_reason")
    @Nullable String revocationReason;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    /** For Hibernate. */
    CertificateJpaEntity() {
    }
}
