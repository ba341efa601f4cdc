package org.namc.persistence.jpa.billing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.namc.billing.domain.BillingInterval;
import org.namc.billing.domain.SubscriptionStatus;
import org.namc.persistence.jpa.shared.VersionedRow;

/**
 * A row of {@code subscriptions}. {@code next_action_at} repeats what the domain computes, so
 * the billing run's query can use an index. {@code stripe_price_id} and {@code days_until_due}
 * are left unmapped: the core prices plans itself and gives subscription invoices their terms.
 */
@Entity
@Table(name = "subscriptions")
class SubscriptionJpaEntity extends VersionedRow {
    @Id
    @Column(name = "id", nullable = false, updatable = false)
    UUID id;

    @Column(name = "user_id", nullable = false, updatable = false)
    UUID userId;

    @Column(name = "membership_tier", nullable = false)
    String tier;

    @Column(name = "stripe_subscription_id", updatable = false)
    @Nullable String gatewaySubscriptionId;

    @Column(name = "stripe_customer_id", nullable = false, updatable = false)
    String gatewayCustomerId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    @Column(name = "status", nullable = false, columnDefinition = "subscription_status_enum")
    SubscriptionStatus status;

    @Column(name = "current_period_start", nullable = false)
    Instant currentPeriodStart;

    @Column(name = "current_period_end", nullable = false)
    Instant currentPeriodEnd;

    @Column(name = "cancel_at_period_end", nullable = false)
    boolean cancelAtPeriodEnd;

    @Column(name = "canceled_at")
    @Nullable Instant canceledAt;

    @Column(name = "ended_at")
    @Nullable Instant endedAt;

    @Column(name = "billing_cycle_anchor", nullable = false, updatable = false)
    Instant billingCycleAnchor;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    @Column(name = "billing_interval", nullable = false, updatable = false,
            columnDefinition = "billing_interval_enum")
    BillingInterval billingInterval;

    /** An IANA zone id: periods fall in the billing time zone. */
    @Column(name = "billing_time_zone", nullable = false, updatable = false)
    String billingTimeZone;

    @Column(name = "trial_start", updatable = false)
    @Nullable Instant trialStart;

    @Column(name = "trial_end", updatable = false)
    @Nullable Instant trialEnd;

    @Column(name = "unit_amount", nullable = false, precision = 12, scale = 2)
    BigDecimal unitAmount;

    @Column(name = "currency", nullable = false)
    String currency;

    @Column(name = "period_index", nullable = false)
    long periodIndex;

    @Column(name = "current_charge_amount", precision = 12, scale = 2)
    @Nullable BigDecimal currentChargeAmount;

    @Column(name = "current_charge_from")
    @Nullable Instant currentChargeFrom;

    @Column(name = "scheduled_tier")
    @Nullable String scheduledTier;

    @Column(name = "payment_due_invoice_id")
    @Nullable UUID paymentDueInvoiceId;

    @Column(name = "payment_failed_attempts", nullable = false)
    int paymentFailedAttempts;

    @Column(name = "payment_next_action_at")
    @Nullable Instant paymentNextActionAt;

    @Column(name = "payment_confirming", nullable = false)
    boolean paymentConfirming;

    @Column(name = "next_action_at")
    @Nullable Instant nextActionAt;

    /** For Hibernate. */
    SubscriptionJpaEntity() {
    }

    SubscriptionJpaEntity(UUID id, UUID userId, Instant createdAt) {
        super(createdAt);
        this.id = id;
        this.userId = userId;
    }
}
