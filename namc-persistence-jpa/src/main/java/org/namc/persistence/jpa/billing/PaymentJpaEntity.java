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
import org.namc.billing.domain.PaymentKind;
import org.namc.billing.domain.PaymentStatus;
import org.namc.persistence.jpa.shared.VersionedRow;

/**
 * A row of {@code payments}: one attempt at an invoice. {@code stripe_payment_intent_id} holds
 * the gateway's payment id (unique), {@code stripe_customer_id}, {@code stripe_session_id},
 * {@code stripe_charge_id} and {@code receipt_url} what the gateway told about it;
 * {@code failed_at} and {@code refunded_at} repeat what the status and the refunds say, for the
 * seed's queries. The method and related-record columns stay unwritten: the core does not know them.
 */
@Entity
@Table(name = "payments")
class PaymentJpaEntity extends VersionedRow {
    @Id
    @Column(name = "id", nullable = false, updatable = false)
    UUID id;

    @Column(name = "user_id", nullable = false, updatable = false)
    UUID userId;

    @Column(name = "invoice_id", nullable = false, updatable = false)
    UUID invoiceId;

    @Column(name = "subscription_id", updatable = false)
    @Nullable UUID subscriptionId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    @Column(name = "type", nullable = false, updatable = false, columnDefinition = "payment_type_enum")
    PaymentKind kind;

    @Column(name = "amount", nullable = false, updatable = false, precision = 12, scale = 2)
    BigDecimal amount;

    @Column(name = "currency", nullable = false, updatable = false)
    String currency;

    @Column(name = "description", nullable = false, updatable = false)
    String description;

    @Column(name = "attempt", nullable = false, updatable = false)
    int attempt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    @Column(name = "status", nullable = false, columnDefinition = "payment_status_enum")
    PaymentStatus status;

    @Column(name = "stripe_payment_intent_id")
    @Nullable String gatewayPaymentId;

    @Column(name = "stripe_customer_id")
    @Nullable String gatewayCustomerId;

    @Column(name = "stripe_session_id")
    @Nullable String checkoutSessionId;

    @Column(name = "stripe_charge_id")
    @Nullable String chargeId;

    @Column(name = "receipt_url")
    @Nullable String receiptUrl;

    @Column(name = "failure_code")
    @Nullable String failureCode;

    @Column(name = "failure_message")
    @Nullable String failureMessage;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "refunds", nullable = false, columnDefinition = "jsonb")
    List<RefundJson> refunds;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "pending_refund", columnDefinition = "jsonb")
    @Nullable PendingRefundJson pendingRefund;

    @Column(name = "processed_at")
    @Nullable Instant processedAt;

    @Column(name = "failed_at")
    @Nullable Instant failedAt;

    @Column(name = "refunded_at")
    @Nullable Instant refundedAt;

    /** For Hibernate. */
    PaymentJpaEntity() {
    }

    PaymentJpaEntity(UUID id, UUID userId, UUID invoiceId, Instant createdAt) {
        super(createdAt);
        this.id = id;
        this.userId = userId;
        this.invoiceId = invoiceId;
    }
}
