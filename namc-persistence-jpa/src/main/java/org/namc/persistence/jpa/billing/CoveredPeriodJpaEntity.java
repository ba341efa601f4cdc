package org.namc.persistence.jpa.billing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A row of {@code covered_periods}, keyed by its source ({@code payment:<id>}, {@code trial:<id>}, ...). */
@Entity
@Table(name = "covered_periods")
class CoveredPeriodJpaEntity {
    @Id
    @Column(name = "source", nullable = false, updatable = false)
    String source;

    @Column(name = "user_id", nullable = false, updatable = false)
    UUID userId;

    @Column(name = "subscription_id", nullable = false, updatable = false)
    UUID subscriptionId;

    @Column(name = "membership_tier", nullable = false)
    String tier;

    @Column(name = "period_start", nullable = false)
    Instant periodStart;

    @Column(name = "period_end", nullable = false)
    Instant periodEnd;

    @Column(name = "cut_off_at")
    @Nullable Instant cutOffAt;

    /** For Hibernate. */
    CoveredPeriodJpaEntity() {
    }

    CoveredPeriodJpaEntity(String source, UUID userId, UUID subscriptionId) {
        this.source = source;
        this.userId = userId;
        this.subscriptionId = subscriptionId;
    }
}
