package org.namc.persistence.jpa.events;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.geolatte.geom.G2D;
import org.geolatte.geom.Point;
import org.hibernate.annotations.JdbcType;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;
import org.jspecify.annotations.Nullable;
import org.namc.events.domain.EventCategory;
import org.namc.events.domain.EventStatus;
import org.namc.events.domain.LocationType;
import org.namc.events.domain.Visibility;
import org.namc.persistence.jpa.events.EventJsonDocuments.AgendaItemJson;
import org.namc.persistence.jpa.events.EventJsonDocuments.SpeakerJson;
import org.namc.persistence.jpa.events.EventJsonDocuments.SponsorJson;
import org.namc.persistence.jpa.events.EventJsonDocuments.VenueAddressJson;
import org.namc.persistence.jpa.shared.TextArrayJdbcType;
import org.namc.persistence.jpa.shared.VersionedRow;

/**
 * A row of {@code events}. Package-private: only {@link EventMapper} sees it. {@code is_free} is
 * generated and left unmapped. The counters are written by the core (recounted in its unit of
 * work) and by the registration trigger; both count the same way.
 */
@Entity
@Table(name = "events")
class EventJpaEntity extends VersionedRow {
    @Id
    @Column(name = "id", nullable = false, updatable = false)
    UUID id;

    @Column(name = "title", nullable = false)
    String title;

    @Column(name = "description", nullable = false)
    String description;

    @Column(name = "short_description")
    @Nullable String shortDescription;

    @Column(name = "start_date", nullable = false)
    Instant startDate;

    @Column(name = "end_date", nullable = false)
    Instant endDate;

    @Column(name = "timezone", nullable = false)
    String timezone;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    @Column(name = "location_type", nullable = false, columnDefinition = "event_location_type_enum")
    LocationType locationType;

    @Column(name = "venue_name")
    @Nullable String venueName;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "venue_address", columnDefinition = "jsonb")
    @Nullable VenueAddressJson venueAddress;

    @JdbcTypeCode(SqlTypes.GEOGRAPHY)
    @Column(name = "venue_coordinates", columnDefinition = "geography(Point,4326)")
    @Nullable Point<G2D> venueCoordinates;

    @Column(name = "meeting_platform")
    @Nullable String meetingPlatform;

    @Column(name = "meeting_url")
    @Nullable String meetingUrl;

    @Column(name = "meeting_id")
    @Nullable String meetingId;

    /** Ciphertext from the core's SecretCipher (its key id inside); this adapter never sees the password. */
    @Column(name = "meeting_password")
    @Nullable String meetingPassword;

    @Column(name = "max_attendees")
    @Nullable Integer maxAttendees;

    @Column(name = "registration_deadline")
    @Nullable Instant registrationDeadline;

    @Column(name = "requires_approval", nullable = false)
    boolean requiresApproval;

    @Column(name = "price", nullable = false, precision = 8, scale = 2)
    BigDecimal price;

    @Column(name = "currency", nullable = false)
    String currency;

    @Column(name = "early_bird_price", precision = 8, scale = 2)
    @Nullable BigDecimal earlyBirdPrice;

    @Column(name = "early_bird_deadline")
    @Nullable Instant earlyBirdDeadline;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    @Column(name = "category", nullable = false, columnDefinition = "event_category_enum")
    EventCategory category;

    @JdbcType(TextArrayJdbcType.class)
    @Column(name = "tags", nullable = false, columnDefinition = "text[]")
    String[] tags;

    @JdbcType(TextArrayJdbcType.class)
    @Column(name = "target_audience", nullable = false, columnDefinition = "text[]")
    String[] targetAudience;

    @Column(name = "featured_image")
    @Nullable String featuredImage;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "agenda", nullable = false, columnDefinition = "jsonb")
    List<AgendaItemJson> agenda;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "speakers", nullable = false, columnDefinition = "jsonb")
    List<SpeakerJson> speakers;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "sponsors", nullable = false, columnDefinition = "jsonb")
    List<SponsorJson> sponsors;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    @Column(name = "status", nullable = false, columnDefinition = "event_status_enum")
    EventStatus status;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    @Column(name = "visibility", nullable = false, columnDefinition = "event_visibility_enum")
    Visibility visibility;

    @Column(name = "is_featured", nullable = false)
    boolean featured;

    @Column(name = "registration_count", nullable = false)
    int registrationCount;

    @Column(name = "attendee_count", nullable = false)
    int attendeeCount;

    @Column(name = "waitlist_count", nullable = false)
    int waitlistCount;

    @Column(name = "next_waitlist_ticket", nullable = false)
    long nextWaitlistTicket;

    @Column(name = "reminder_sent", nullable = false)
    boolean reminderSent;

    @Column(name = "follow_up_sent", nullable = false)
    boolean followUpSent;

    /** iCalendar's SEQUENCE: raised when the event moves or is cancelled. */
    @Column(name = "calendar_sequence", nullable = false)
    int calendarSequence;

    @Column(name = "cancellation_reason")
    @Nullable String cancellationReason;

    @Column(name = "created_by", nullable = false, updatable = false)
    UUID createdBy;

    @Column(name = "deleted_at")
    @Nullable Instant deletedAt;

    /** For Hibernate. */
    EventJpaEntity() {
    }

    EventJpaEntity(UUID id, UUID createdBy, Instant createdAt) {
        this.id = id;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }
}
