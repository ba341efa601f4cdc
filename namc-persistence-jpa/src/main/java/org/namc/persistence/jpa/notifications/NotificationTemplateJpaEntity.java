package org.namc.persistence.jpa.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.JdbcType;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.UuidGenerator;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.namc.notifications.domain.NotificationType;
import org.namc.persistence.jpa.shared.TextArrayJdbcType;
import org.namc.persistence.jpa.shared.TimestampedRow;

/**
 * A row of {@code notification_templates}: one locale's version of a named template. The core
 * knows templates by name and locale only, so the surrogate id is generated here (time-ordered).
 * {@code version} is the template's content revision, not an optimistic lock.
 */
@Entity
@Table(name = "notification_templates")
class NotificationTemplateJpaEntity extends TimestampedRow {
    @Id
    @GeneratedValue
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    @Column(name = "id", nullable = false, updatable = false)
    UUID id;

    @Column(name = "name", nullable = false, updatable = false)
    String name;

    @Column(name = "locale", nullable = false, updatable = false)
    String locale;

    @Column(name = "display_name", nullable = false)
    String displayName;

    @Column(name = "description")
    @Nullable String description;

    @Column(name = "subject_template", nullable = false)
    String subjectTemplate;

    @Column(name = "body_template", nullable = false)
    String bodyTemplate;

    @Column(name = "html_template")
    @Nullable String htmlTemplate;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    @Column(name = "type", nullable = false, columnDefinition = "notification_type_enum")
    NotificationType type;

    @JdbcType(TextArrayJdbcType.class)
    @ColumnTransformer(write = ChannelArrays.WRITE)
    @Column(name = "channels", nullable = false, columnDefinition = "notification_channel_enum[]")
    String[] channels;

    @JdbcType(TextArrayJdbcType.class)
    @Column(name = "variables", nullable = false, columnDefinition = "text[]")
    String[] variables;

    @Column(name = "is_active", nullable = false)
    boolean active;

    @Column(name = "version", nullable = false)
    int version;

    @Column(name = "created_by", updatable = false)
    @Nullable UUID createdBy;

    @Column(name = "updated_by")
    @Nullable UUID updatedBy;

    /** For Hibernate. */
    NotificationTemplateJpaEntity() {
    }

    NotificationTemplateJpaEntity(String name, String locale, Instant createdAt, @Nullable UUID createdBy) {
        this.name = name;
        this.locale = locale;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }
}
