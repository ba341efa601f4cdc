package org.namc.persistence.jpa.projects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

/** A row of {@code contractor_qualifications} (V14): one per member, keyed by the member's id. */
@Entity
@Table(name = "contractor_qualifications")
class QualificationsJpaEntity {
    @Id
    @Column(name = "user_id", nullable = false, updatable = false)
    UUID memberId;

    @Column(name = "years_of_experience", nullable = false)
    int yearsOfExperience;

    @Column(name = "bonding_capacity", precision = 15, scale = 2)
    @Nullable BigDecimal bondingCapacity;

    @Column(name = "bonding_currency", columnDefinition = "bpchar(3)")
    @Nullable String bondingCurrency;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "insurance", nullable = false, columnDefinition = "jsonb")
    List<InsuranceJson> insurance;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Column(name = "version", nullable = false)
    long version;

    /** For Hibernate. */
    QualificationsJpaEntity() {
    }

    QualificationsJpaEntity(UUID memberId) {
        this.memberId = memberId;
    }
}
