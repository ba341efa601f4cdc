package org.namc.persistence.jpa.membership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.namc.membership.domain.TokenPurpose;

/** A row of {@code security_tokens}: the SHA-256 of a single-use token, never the token. */
@Entity
@Table(name = "security_tokens")
class SecurityTokenJpaEntity {
    @Id
    @Column(name = "id", nullable = false, updatable = false)
    UUID id;

    @Column(name = "user_id", nullable = false, updatable = false)
    UUID userId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    @Column(name = "purpose", nullable = false, updatable = false, columnDefinition = "token_purpose_enum")
    TokenPurpose purpose;

    @Column(name = "token_hash", nullable = false, updatable = false)
    String tokenHash;

    @Column(name = "issued_at", nullable = false, updatable = false)
    Instant issuedAt;

    @Column(name = "expires_at", nullable = false)
    Instant expiresAt;

    @Column(name = "used_at")
    @Nullable Instant usedAt;

    /** For Hibernate. */
    SecurityTokenJpaEntity() {
    }

    SecurityTokenJpaEntity(UUID id, UUID userId, TokenPurpose purpose, String tokenHash, Instant issuedAt) {
        this.id = id;
        this.userId = userId;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.issuedAt = issuedAt;
    }
}
