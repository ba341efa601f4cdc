package org.namc.persistence.jpa.access;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.namc.access.domain.RoleGrant;
import org.namc.access.domain.RoleId;
import org.namc.access.spi.RoleGrants;
import org.namc.persistence.jpa.shared.JpaTransactions;
import org.namc.persistence.jpa.shared.RowWrites;
import org.namc.shared.domain.MemberId;

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
        Map<String, String> conflicts = Map.of(MEMBER_ROLE_KEY,
                "member " + grant.memberId() + " already has a grant of that role");
        transactions.withEntityManager(em -> {
            RowWrites.insertOrUpdate(em, RoleGrantJpaEntity.class, grant.id(),
                    () -> new RoleGrantJpaEntity(grant.id(), grant.memberId().value(), grant.roleId().value()),
                    row -> RoleMapper.copyInto(grant, row), failure -> RowWrites.refusal(failure, conflicts));
            return null;
        });
    }

    @Override
    public Optional<RoleGrant> find(MemberId member, RoleId role) {
        LockModeType lock = transactions.lockForChange();
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
