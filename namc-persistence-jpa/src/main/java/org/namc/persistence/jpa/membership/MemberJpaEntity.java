package org.namc.persistence.jpa.membership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.geolatte.geom.G2D;
import org.geolatte.geom.Point;
import org.hibernate.annotations.JdbcType;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.descriptor.java.Immutability;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.namc.membership.domain.MemberType;
import org.namc.membership.domain.TwoFactor;
import org.namc.persistence.jpa.shared.TextArrayJdbcType;
import org.namc.persistence.jpa.shared.VersionedRow;

/**
 * A row of {@code users}. Package-private: only {@link MemberMapper} sees it, the rest of the
 * world sees the core's {@code Member}. Generated columns ({@code is_active}, {@code is_verified},
 * {@code two_factor_enabled}) are left unmapped; the database derives them.
 */
@Entity
@Table(name = "users")
class MemberJpaEntity extends VersionedRow {
    @Id
    @Column(name = "id", nullable = false, updatable = false)
    UUID id;

    @Column(name = "email", nullable = false)
    String email;

    @Column(name = "password_hash", nullable = false)
    String passwordHash;

    @Column(name = "first_name", nullable = false)
    String firstName;

    @Column(name = "last_name", nullable = false)
    String lastName;

    @Column(name = "company")
    @Nullable String company;

    @Column(name = "title")
    @Nullable String title;

    @Column(name = "phone")
    @Nullable String phone;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "address", columnDefinition = "jsonb")
    @Nullable AddressJson address;

    @Column(name = "city")
    @Nullable String city;

    @Column(name = "state")
    @Nullable String state;

    @Column(name = "zip_code")
    @Nullable String zipCode;

    @JdbcTypeCode(SqlTypes.GEOGRAPHY)
    @Column(name = "coordinates", columnDefinition = "geography(Point,4326)")
    @Nullable Point<G2D> coordinates;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    @Column(name = "member_type", nullable = false, columnDefinition = "member_type_enum")
    MemberType memberType;

    @Column(name = "membership_tier")
    @Nullable String membershipTier;

    @Column(name = "member_since")
    @Nullable Instant memberSince;

    @Column(name = "membership_expires_at")
    @Nullable Instant membershipExpiresAt;

    @Column(name = "membership_cancelled_at")
    @Nullable Instant membershipCancelledAt;

    @Column(name = "email_verified_at")
    @Nullable Instant emailVerifiedAt;

    @Column(name = "profile_image")
    @Nullable String profileImage;

    @Column(name = "bio")
    @Nullable String bio;

    @Column(name = "website")
    @Nullable String website;

    @Column(name = "linkedin")
    @Nullable String linkedin;

    @Column(name = "twitter")
    @Nullable String twitter;

    @JdbcType(TextArrayJdbcType.class)
    @Column(name = "skills", nullable = false, columnDefinition = "text[]")
    String[] skills;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "certifications", nullable = false, columnDefinition = "jsonb")
    List<CertificationJson> certifications;

    @JdbcType(TextArrayJdbcType.class)
    @Column(name = "languages", nullable = false, columnDefinition = "text[]")
    String[] languages;

    @Column(name = "failed_login_attempts", nullable = false)
    int failedLoginAttempts;

    @Column(name = "locked_until")
    @Nullable Instant lockedUntil;

    @Column(name = "last_failed_login")
    @Nullable Instant lastFailedLogin;

    @Column(name = "last_successful_login")
    @Nullable Instant lastSuccessfulLogin;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    @Column(name = "two_factor_state", nullable = false, columnDefinition = "two_factor_state_enum")
    TwoFactor.State twoFactorState;

    /** Ciphertext from the core's SecretCipher; this adapter never sees the plain secret. */
    @Column(name = "two_factor_secret")
    @Nullable String twoFactorSecret;

    @Column(name = "two_factor_last_used_step", nullable = false)
    long twoFactorLastUsedStep;

    @Column(name = "two_factor_failed_codes", nullable = false)
    int twoFactorFailedCodes;

    @JdbcType(TextArrayJdbcType.class)
    @Column(name = "two_factor_recovery_code_hashes", nullable = false, columnDefinition = "text[]")
    String[] twoFactorRecoveryCodeHashes;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "notification_preferences", nullable = false, columnDefinition = "jsonb")
    NotificationPreferencesJson notificationPreferences;

    @Column(name = "deleted_at")
    @Nullable Instant deletedAt;

    /** For Hibernate. */
    MemberJpaEntity() {
    }

    MemberJpaEntity(UUID id, Instant createdAt) {
        this.id = id;
        this.createdAt = createdAt;
    }
}
