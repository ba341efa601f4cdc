package org.namc.persistence.jpa.billing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** A row of {@code credit_notes}; written once, never changed. */
@Entity
@Immutable
@Table(name = "credit_notes")
class CreditNoteJpaEntity {
    @Id
    @Column(name = "id", nullable = false, updatable = false)
    UUID id;

    @Column(name = "credit_note_number", nullable = false, updatable = false)
    String number;

    @Column(name = "user_id", nullable = false, updatable = false)
    UUID userId;

    @Column(name = "invoice_id", nullable = false, updatable = false)
    UUID invoiceId;

    @Column(name = "payment_id", nullable = false, updatable = false)
    UUID paymentId;

    @Column(name = "amount", nullable = false, updatable = false, precision = 12, scale = 2)
    BigDecimal amount;

    @Column(name = "currency", nullable = false, updatable = false)
    String currency;

    @Column(name = "reason", nullable = false, updatable = false)
    String reason;

    @Column(name = "issued_at", nullable = false, updatable = false)
    Instant issuedAt;
}
