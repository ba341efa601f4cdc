package org.namc.persistence.jpa.access;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.namc.persistence.jpa.shared.VersionedRow;

/**
 * A row of {@code roles} with its rules ({@code role_permissions}) and inclusions
 * ({@code role_inclusions}). {@code permissions_count} is left unmapped: a trigger keeps it.
 */
@Entity
@Table(name = "roles")
class RoleJpaEntity extends VersionedRow {
    @Id
    @Column(name = "id", nullable = false, updatable = false)
    UUID id;

    @Column(name = "name", nullable = false)
    String name;

    @Column(name = "description", nullable = false)
    String description;

    @Column(name = "is_system_role", nullable = false)
    boolean system;

    @Column(name = "is_active", nullable = false)
    boolean active;

    @OneToMany(mappedBy = "role", cascade = CascadeType.ALL, orphanRemoval = true)
    Set<RolePermissionJpaEntity> rules = new HashSet<>();

    // Loaded for all roles of a listing in one statement that repeats the listing's query.
    @ElementCollection
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "role_inclusions", joinColumns = @JoinColumn(name = "role_id"))
    @Column(name = "included_role_id", nullable = false)
    Set<UUID> includes = new HashSet<>();

    /** For Hibernate. */
    RoleJpaEntity() {
    }

    RoleJpaEntity(UUID id, Instant createdAt) {
        this.id = id;
        this.createdAt = createdAt;
    }
}
