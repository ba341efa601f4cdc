package org.namc.persistence.jpa.membership;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.namc.membership.domain.SecurityToken;
import org.namc.membership.domain.TokenPurpose;
import org.namc.membership.spi.SecurityTokens;
import org.namc.persistence.jpa.shared.JpaTransactions;
import org.namc.shared.domain.MemberId;

/**
 * Hashed single-use tokens in {@code security_tokens}. Inside a unit of work a token found by
 * its hash stays locked until the unit ends, so two concurrent uses of one token queue up
 * and the second finds it spent, exactly as with the member row (see {@link JpaMembers}).
 * A lock-order deadlock with a unit that locked the member first and now revokes this token
 * is reported by PostgreSQL and becomes {@code CONFLICT}, which the core retries.
 */
public final class JpaSecurityTokens implements SecurityTokens {
    private final JpaTransactions transactions;

    public JpaSecurityTokens(JpaTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public void save(SecurityToken token) {
        transactions.withEntityManager(em -> {
            SecurityTokenJpaEntity stored = em.find(SecurityTokenJpaEntity.class, token.id());
            boolean isNew = stored == null;
            if (isNew) {
                stored = new SecurityTokenJpaEntity(token.id(), token.memberId().value(), token.purpose(),
                        token.tokenHash(), token.issuedAt());
            }
            stored.expiresAt = token.expiresAt();
            stored.usedAt = token.usedAt();
            if (isNew) {
                em.persist(stored);
            }
            em.flush();
            return null;
        });
    }

    @Override
    public Optional<SecurityToken> findByHash(TokenPurpose purpose, String tokenHash) {
        LockModeType lock = transactions.lockForChange();
        return transactions.withEntityManager(em -> em.createQuery(
                        "select t from SecurityTokenJpaEntity t where t.purpose = :purpose and t.tokenHash = :hash",
                        SecurityTokenJpaEntity.class)
                .setParameter("purpose", purpose)
                .setParameter("hash", tokenHash)
                .setLockMode(lock)
                .getResultStream()
                .findFirst()
                .map(JpaSecurityTokens::toDomain));
    }

    @Override
    public int revokeAll(MemberId memberId, TokenPurpose purpose, Instant now) {
        // Loaded and changed as entities (not a bulk UPDATE) so the unit's persistence context
        // never holds a stale copy of a revoked token.
        return transactions.withEntityManager(em -> {
            List<SecurityTokenJpaEntity> open = em.createQuery("""
                            select t from SecurityTokenJpaEntity t
                            where t.userId = :member and t.purpose = :purpose and t.usedAt is null""",
                            SecurityTokenJpaEntity.class)
                    .setParameter("member", memberId.value())
                    .setParameter("purpose", purpose)
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getResultList();
            open.forEach(token -> token.usedAt = now);
            em.flush();
            return open.size();
        });
    }

    private static SecurityToken toDomain(SecurityTokenJpaEntity entity) {
        return new SecurityToken(entity.id, new MemberId(entity.userId), entity.purpose, entity.tokenHash,
                entity.issuedAt, entity.expiresAt, entity.usedAt);
    }
}
