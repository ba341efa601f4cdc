package org.namc.persistence.jpa.billing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcType;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;
import org.jspecify.annotations.Nullable;
import org.namc.persistence.jpa.shared.TextArrayJdbcType;
import org.namc.persistence.jpa.shared.VersionedRow;

/**
 * A row of {@code membership_tiers}; {@code name} holds the tier code. The Stripe price ids are
 * left unmapped: the gateway adapter owns how a plan becomes a Stripe price.
 */
@Entity
@Table(name = "membership_tiers")
class MembershipTierJpaEntity extends VersionedRow {
    @Id
    @Column(name = "id", nullable = false, updatable = false)
    UUID id;

    @Column(name = "name", nullable = false)
    String code;

    @Column(name = "display_name", nullable = false)
    String displayName;

    @Column(name = "description", nullable = false)
    String description;

    @Column(name = "currency", nullable = false)
    String currency;

    @Column(name = "price_monthly", nullable = false, precision = 8, scale = 2)
    BigDecimal priceMonthly;

    @Column(name = "price_yearly", precision = 8, scale = 2)
    @Nullable BigDecimal priceYearly;

    @Column(name = "setup_fee", nullable = false, precision = 8, scale = 2)
    BigDecimal setupFee;

    @JdbcType(TextArrayJdbcType.class)
    @Column(name = "benefits", nullable = false, columnDefinition = "text[]")
    String[] benefits;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "features", nullable = false, columnDefinition = "jsonb")
    Map<String, String> features;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "limits", nullable = false, columnDefinition = "jsonb")
    Map<String, Integer> limits;

    /** Permission rules as text ({@code project:bid active-member}), sorted so equal sets store equally. */
    @JdbcType(TextArrayJdbcType.class)
    @Column(name = "permissions", nullable = false, columnDefinition = "text[]")
    String[] permissions;

    @Column(name = "priority_level", nullable = false)
    int priorityLevel;

    @Column(name = "is_active", nullable = false)
    boolean active;

    @Column(name = "is_popular", nullable = false)
    boolean popular;

    @Column(name = "sort_order", nullable = false)
    int sortOrder;

    @Column(name = "trial_days", nullable = false)
    int trialDays;

    @Column(name = "trial_requires_payment_method", nullable = false)
    boolean trialRequiresPaymentMethod;

    /** For Hibernate. */
    MembershipTierJpaEntity() {
    }

    MembershipTierJpaEntity(UUID id, Instant createdAt) {
        super(createdAt);
        this.id = id;
    }
}
