package org.namc.persistence.jpa.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.UuidGenerator;
import org.jspecify.annotations.Nullable;

/** A row of {@code role_permissions}: the role has the rule since {@code grantedAt}. */
@Entity
@Table(name = "role_permissions")
class RolePermissionJpaEntity {
    // The core never sees these rows, so their ids come from Hibernate, time-ordered like the core's.
    @Id
    @GeneratedValue
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    @Column(name = "id", nullable = false, updatable = false)
    @Nullable UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "role_id", nullable = false, updatable = false)
    RoleJpaEntity role;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "permission_id", nullable = false, updatable = false)
    PermissionJpaEntity permission;

    @Column(name = "granted_at", nullable = false, updatable = false)
    Instant grantedAt;

    /** For Hibernate. */
    RolePermissionJpaEntity() {
    }

    RolePermissionJpaEntity(RoleJpaEntity role, PermissionJpaEntity permission, Instant grantedAt) {
        this.role = role;
        this.permission = permission;
        this.grantedAt = grantedAt;
    }
}
