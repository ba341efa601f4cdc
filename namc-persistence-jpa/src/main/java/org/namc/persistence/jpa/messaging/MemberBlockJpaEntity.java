package org.namc.persistence.jpa.messaging;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code member_blocks}. Package-private: {@link JpaMemberBlocks} maps it to the core's {@code Block}. */
@Entity
@Table(name = "member_blocks")
@IdClass(MemberBlockJpaEntity.Key.class)
class MemberBlockJpaEntity {
    @Id
    @Column(name = "blocker_id", nullable = false, updatable = false)
    UUID blockerId;

    @Id
    @Column(name = "blocked_id", nullable = false, updatable = false)
    UUID blockedId;

    @Column(name = "blocked_at", nullable = false, updatable = false)
    Instant blockedAt;

    /** For Hibernate. */
    MemberBlockJpaEntity() {
    }

    /** The primary key: one block per pair and direction. */
    record Key(UUID blockerId, UUID blockedId) implements Serializable {
    }
}
