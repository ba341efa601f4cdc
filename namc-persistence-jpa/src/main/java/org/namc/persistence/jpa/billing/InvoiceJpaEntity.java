package org.namc.persistence.jpa.billing;

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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;
import org.jspecify.annotations.Nullable;
import org.namc.billing.domain.InvoiceStatus;
import org.namc.billing.domain.ItemKind;
import org.namc.persistence.jpa.shared.VersionedRow;

/**
 * A row of {@code invoices}: the figures in the seed's columns, the priced lines in
 * {@code line_items}, the purpose in its own columns. Unmapped: {@code tax_rate} (rates are per
 * line), {@code stripe_invoice_id} and {@code pdf_url} (the portal issues its own invoices).
 */
@Entity
@Table(name = "invoices")
class InvoiceJpaEntity extends VersionedRow {
    @Id
    @Column(name = "id", nullable = false, updatable = false)
    UUID id;

    @Column(name = "user_id", nullable = false, updatable = false)
    UUID userId;

    @Column(name = "invoice_number")
    @Nullable String number;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    @Column(name = "status", nullable = false, columnDefinition = "invoice_status_enum")
    InvoiceStatus status;

    @Column(name = "currency", nullable = false)
    String currency;

    @Column(name = "subtotal", nullable = false, precision = 12, scale = 2)
    BigDecimal subtotal;

    @Column(name = "discount_amount", nullable = false, precision = 12, scale = 2)
    BigDecimal discountAmount;

    @Column(name = "tax_amount", nullable = false, precision = 12, scale = 2)
    BigDecimal taxAmount;

    @Column(name = "total_amount", nullable = false, precision = 12, scale = 2)
    BigDecimal totalAmount;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "line_items", nullable = false, columnDefinition = "jsonb")
    List<PricedLineJson> lines;

    @Column(name = "discount_percent", precision = 7, scale = 4)
    @Nullable BigDecimal discountPercent;

    @Column(name = "discount_fixed", precision = 12, scale = 2)
    @Nullable BigDecimal discountFixed;

    @Column(name = "days_until_due", nullable = false)
    int daysUntilDue;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    @Column(name = "purpose", nullable = false, updatable = false, columnDefinition = "invoice_purpose_enum")
    InvoicePurposeKind purpose;

    @Column(name = "subscription_id", updatable = false)
    @Nullable UUID subscriptionId;

    /** The period's tier, or the tier changed to. */
    @Column(name = "membership_tier", updatable = false)
    @Nullable String tier;

    /** The tier changed from. */
    @Column(name = "previous_membership_tier", updatable = false)
    @Nullable String previousTier;

    @Column(name = "period_start", updatable = false)
    @Nullable Instant periodStart;

    @Column(name = "period_end", updatable = false)
    @Nullable Instant periodEnd;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    @Column(name = "item_kind", updatable = false, columnDefinition = "purchasable_kind_enum")
    @Nullable ItemKind itemKind;

    @Column(name = "item_id", updatable = false)
    @Nullable String itemId;

    @Column(name = "issue_date")
    @Nullable Instant issuedAt;

    @Column(name = "due_date")
    @Nullable Instant dueAt;

    @Column(name = "paid_date")
    @Nullable Instant paidAt;

    @Column(name = "payment_id")
    @Nullable UUID paidBy;

    @Column(name = "closed_at")
    @Nullable Instant closedAt;

    /** For Hibernate. */
    InvoiceJpaEntity() {
    }

    InvoiceJpaEntity(UUID id, UUID userId, Instant createdAt) {
        super(createdAt);
        this.id = id;
        this.userId = userId;
    }
}
