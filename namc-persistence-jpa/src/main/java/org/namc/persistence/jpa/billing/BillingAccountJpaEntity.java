package org.namc.persistence.jpa.billing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.namc.persistence.jpa.shared.VersionedRow;

/** A row of {@code billing_accounts}, one per member. */
@Entity
@Table(name = "billing_accounts")
class BillingAccountJpaEntity extends VersionedRow {
    @Id
    @Column(name = "user_id", nullable = false, updatable = false)
    UUID userId;

    @Column(name = "gateway_customer_id", nullable = false, updatable = false)
    String gatewayCustomerId;

    /** A gateway token ({@code pm_card_visa}), never a card number. */
    @Column(name = "payment_method")
    @Nullable String paymentMethod;

    /** For Hibernate. */
    BillingAccountJpaEntity() {
    }

    BillingAccountJpaEntity(UUID userId, String gatewayCustomerId, Instant createdAt) {
        super(createdAt);
        this.userId = userId;
        this.gatewayCustomerId = gatewayCustomerId;
    }
}
