package org.namc.persistence.jpa.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.JdbcType;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;
import org.hibernate.type.descriptor.jdbc.LocalTimeJdbcType;
import org.jspecify.annotations.Nullable;
import org.namc.persistence.jpa.shared.TextArrayJdbcType;

/** A row of {@code notification_delivery_preferences}: one member's delivery preferences. */
@Entity
@Table(name = "notification_delivery_preferences")
class DeliveryPreferencesJpaEntity {
    @Id
    @Column(name = "user_id", nullable = false, updatable = false)
    UUID userId;

    @Column(name = "time_zone", nullable = false)
    String timeZone;

    @Column(name = "locale", nullable = false)
    String locale;

    @JdbcType(TextArrayJdbcType.class)
    @ColumnTransformer(write = ChannelArrays.WRITE)
    @Column(name = "channels_off", nullable = false, columnDefinition = "notification_channel_enum[]")
    String[] channelsOff;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "category_channels_off", nullable = false, columnDefinition = "jsonb")
    Map<String, List<String>> categoryChannelsOff;

    @JdbcType(TextArrayJdbcType.class)
    @Column(name = "digest_categories", nullable = false, columnDefinition = "text[]")
    String[] digestCategories;

    @Column(name = "digest_window_seconds", nullable = false)
    int digestWindowSeconds;

    /** Bound as a plain {@code LocalTime}: a wall-clock time, never shifted by the JDBC time zone. */
    @JdbcType(LocalTimeJdbcType.class)
    @Column(name = "quiet_start")
    @Nullable LocalTime quietStart;

    @JdbcType(LocalTimeJdbcType.class)
    @Column(name = "quiet_end")
    @Nullable LocalTime quietEnd;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "undeliverable", nullable = false, columnDefinition = "jsonb")
    Map<String, String> undeliverable;

    /** For Hibernate. */
    DeliveryPreferencesJpaEntity() {
    }

    DeliveryPreferencesJpaEntity(UUID userId) {
        this.userId = userId;
    }
}
