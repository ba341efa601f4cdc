package org.namc.persistence.jpa.access;

import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.namc.access.domain.RoleGrant;
import org.namc.access.domain.RoleId;
import org.namc.access.spi.RoleGrants;
import org.namc.persistence.jpa.shared.DatabaseErrors;
import org.namc.persistence.jpa.shared.JpaTransactions;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.NamcException;

/**
 * Grants in {@code user_roles}, one row per member and role.
 *
 * <p>The listings never filter by {@code expires_at}: the core judges expiry with its own clock
 * at decision time and caches compiled permissions, so an expiring grant must be listed until it
 * is revoked, whatever the database's {@code now()} says.
 *
 * <p>Concurrency: inside a unit of work {@link #find} locks the grant's row until the unit ends,
 * so a grant and a revocation of the same role queue up and each sees the other's result. Two
 * first grants of one role meet on the unique key instead: the later gets {@code CONFLICT}.
 */
public final class JpaRoleGrants implements RoleGrants {
    private static final String MEMBER_ROLE_KEY = "user_roles_user_id_role_id_key";

    private final JpaTransactions transactions;

    public JpaRoleGrants(JpaTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public void save(RoleGrant grant) {
        transactions.withEntityManager(em -> {
            RoleGrantJpaEntity stored = em.find(RoleGrantJpaEntity.class, grant.id());
            boolean isNew = stored == null;
            if (isNew) {
                stored = new RoleGrantJpaEntity(grant.id(), grant.memberId().value(), grant.roleId().value());
            }
            RoleMapper.copyInto(grant, stored);
            try {
                if (isNew) {
                    em.persist(stored);
                }
                em.flush();
            } catch (PersistenceException failure) {
                if (DatabaseErrors.violatesUnique(failure, MEMBER_ROLE_KEY)) {
                    NamcException conflict = NamcException.conflict("member " + grant.memberId()
                            + " already has a grant of that role");
                    conflict.initCause(failure);
                    throw conflict;
                }
                throw DatabaseErrors.translate(failure);
            }
            return null;
        });
    }

    @Override
    public Optional<RoleGrant> find(MemberId member, RoleId role) {
        LockModeType lock = transactions.isActive() ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE;
        return transactions.withEntityManager(em -> em.createQuery(
                        "select g from RoleGrantJpaEntity g where g.userId = :member and g.roleId = :role",
                        RoleGrantJpaEntity.class)
                .setParameter("member", member.value())
                .setParameter("role", role.value())
                .setLockMode(lock)
                .getResultStream()
                .findFirst()
                .map(RoleMapper::toDomain));
    }

    @Override
    public List<RoleGrant> activeFor(MemberId member) {
        return active("g.userId", member.value());
    }

    @Override
    public List<RoleGrant> activeForRole(RoleId role) {
        return active("g.roleId", role.value());
    }

    private List<RoleGrant> active(String key, UUID value) {
        return transactions.withEntityManager(em -> em.createQuery(
                        "select g from RoleGrantJpaEntity g where " + key + " = :value and g.active = true"
                                + " order by g.assignedAt, g.id", RoleGrantJpaEntity.class)
                .setParameter("value", value)
                .getResultStream()
                .map(RoleMapper::toDomain)
                .toList());
    }
}
