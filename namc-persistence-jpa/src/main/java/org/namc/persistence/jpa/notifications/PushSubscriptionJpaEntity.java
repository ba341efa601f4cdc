package org.namc.persistence.jpa.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code notification_push_subscriptions}. */
@Entity
@Table(name = "notification_push_subscriptions")
class PushSubscriptionJpaEntity {
    @Id
    @Column(name = "id", nullable = false, updatable = false)
    UUID id;

    @Column(name = "user_id", nullable = false)
    UUID userId;

    @Column(name = "endpoint", nullable = false)
    String endpoint;

    @Column(name = "p256dh", nullable = false)
    String p256dh;

    @Column(name = "auth", nullable = false)
    String auth;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    /** For Hibernate. */
    PushSubscriptionJpaEntity() {
    }
}
