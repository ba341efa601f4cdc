package org.namc.persistence.jpa.events;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;
import org.jspecify.annotations.Nullable;
import org.namc.events.domain.RegistrationStatus;
import org.namc.persistence.jpa.events.EventJsonDocuments.EmergencyContactJson;

/**
 * A row of {@code event_registrations}. Package-private: only {@link RegistrationMapper} sees it.
 * The event is referenced by id (no association): listings never load events row by row.
 */
@Entity
@Table(name = "event_registrations")
class RegistrationJpaEntity {
    @Id
    @Column(name = "id", nullable = false, updatable = false)
    UUID id;

    @Column(name = "event_id", nullable = false, updatable = false)
    UUID eventId;

    @Column(name = "user_id", nullable = false, updatable = false)
    UUID userId;

    @Column(name = "registration_date", nullable = false)
    Instant registrationDate;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    @Column(name = "status", nullable = false, columnDefinition = "registration_status_enum")
    RegistrationStatus status;

    @Column(name = "waitlist_ticket")
    @Nullable Long waitlistTicket;

    @Column(name = "hold_expires_at")
    @Nullable Instant holdExpiresAt;

    @Column(name = "amount_due", precision = 8, scale = 2)
    @Nullable BigDecimal amountDue;

    @Column(name = "payment_id")
    @Nullable String paymentId;

    @Column(name = "amount_paid", nullable = false, precision = 8, scale = 2)
    BigDecimal amountPaid;

    @Column(name = "currency")
    @Nullable String currency;

    @Column(name = "checked_in", nullable = false)
    boolean checkedIn;

    @Column(name = "check_in_time")
    @Nullable Instant checkInTime;

    @Column(name = "checked_in_by")
    @Nullable UUID checkedInBy;

    @Column(name = "attended", nullable = false)
    boolean attended;

    @Column(name = "dietary_restrictions")
    @Nullable String dietaryRestrictions;

    @Column(name = "accessibility_needs")
    @Nullable String accessibilityNeeds;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "emergency_contact", columnDefinition = "jsonb")
    @Nullable EmergencyContactJson emergencyContact;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "custom_fields", nullable = false, columnDefinition = "jsonb")
    Map<String, String> customFields;

    @Column(name = "wants_reminders", nullable = false)
    boolean wantsReminders;

    @Column(name = "wants_follow_up", nullable = false)
    boolean wantsFollowUp;

    @Column(name = "promoted_at")
    @Nullable Instant promotedAt;

    @Column(name = "status_reason")
    @Nullable String statusReason;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    /** For Hibernate. */
    RegistrationJpaEntity() {
    }

    RegistrationJpaEntity(UUID id, UUID eventId, UUID userId) {
        this.id = id;
        this.eventId = eventId;
        this.userId = userId;
    }
}
