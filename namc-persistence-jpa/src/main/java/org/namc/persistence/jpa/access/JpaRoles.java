package org.namc.persistence.jpa.access;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.namc.access.domain.PermissionRule;
import org.namc.access.domain.Role;
import org.namc.access.domain.RoleId;
import org.namc.access.spi.Roles;
import org.namc.persistence.jpa.shared.JpaTransactions;
import org.namc.persistence.jpa.shared.RowWrites;

/**
 * Roles in {@code roles}, their rules in {@code role_permissions} (pointing at shared
 * {@code permissions} rows) and their inclusions in {@code role_inclusions}.
 *
 * <p>Concurrency: {@code roles.version} is checked and bumped by every save. The core reads a
 * role and saves its change in one unit of work, so the save compares against the version that
 * unit read: of two concurrent edits of one role, the later fails with {@code CONFLICT} instead
 * of silently overwriting the first. (The core's {@code Role} carries no version, so a role read
 * in one unit and saved in another is not checked.)
 */
public final class JpaRoles implements Roles {
    private static final String LOAD = """
            select r from RoleJpaEntity r left join fetch r.rules rp left join fetch rp.permission p
            """;
    private static final String NAME_KEY = "roles_name_key";

    private final JpaTransactions transactions;

    public JpaRoles(JpaTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public void save(Role role) {
        transactions.withEntityManager(em -> {
            RoleJpaEntity stored = load(em, "r.id", role.id().value()).orElse(null);
            boolean isNew = stored == null;
            if (isNew) {
                stored = new RoleJpaEntity(role.id().value(), role.createdAt());
            }
            RoleMapper.copyInto(role, stored);
            Set<UUID> includes = role.includes().stream().map(RoleId::value).collect(Collectors.toSet());
            stored.includes.retainAll(includes);
            stored.includes.addAll(includes);
            reconcileRules(em, stored, role);
            write(em, stored, isNew, role);
            return null;
        });
    }

    @Override
    public Optional<Role> findById(RoleId id) {
        return transactions.withEntityManager(em -> load(em, "r.id", id.value()).map(RoleMapper::toDomain));
    }

    @Override
    public Optional<Role> findByName(String name) {
        return transactions.withEntityManager(em -> load(em, "r.name", name).map(RoleMapper::toDomain));
    }

    /** Two statements however many roles, rules and inclusions: roles with rules, then all inclusions. */
    @Override
    public List<Role> all() {
        // ucs_basic orders by code point, as the in-memory store does, whatever the database's collation.
        return transactions.withEntityManager(em -> em.createQuery(LOAD + " order by collate(r.name as ucs_basic)",
                        RoleJpaEntity.class)
                .getResultList().stream()
                .map(RoleMapper::toDomain)
                .toList());
    }

    private static Optional<RoleJpaEntity> load(EntityManager em, String key, Object value) {
        return em.createQuery(LOAD + " where " + key + " = :value", RoleJpaEntity.class)
                .setParameter("value", value)
                .getResultStream()
                .findFirst();
    }

    /** Keeps the rows of rules the role still has (and when it got them), drops the others, adds the new ones. */
    private static void reconcileRules(EntityManager em, RoleJpaEntity stored, Role role) {
        Map<String, PermissionRule> wanted = role.rules().stream()
                .collect(Collectors.toMap(PermissionRule::toString, Function.identity()));
        stored.rules.removeIf(held -> !wanted.containsKey(held.permission.name));
        stored.rules.forEach(held -> wanted.remove(held.permission.name));
        if (wanted.isEmpty()) {
            return;
        }
        Map<String, PermissionJpaEntity> permissions = new HashMap<>();
        em.createQuery("select p from PermissionJpaEntity p where p.name in :names", PermissionJpaEntity.class)
                .setParameter("names", wanted.keySet())
                .getResultList()
                .forEach(p -> permissions.put(p.name, p));
        wanted.forEach((name, rule) -> {
            PermissionJpaEntity permission = permissions.computeIfAbsent(name, n -> {
                PermissionJpaEntity created = RoleMapper.newPermission(rule, role.updatedAt());
                em.persist(created);
                return created;
            });
            stored.rules.add(new RolePermissionJpaEntity(stored, permission, role.updatedAt()));
        });
    }

    /**
     * Inserts, or checks and bumps the version at once ({@code update ... where version = ?}):
     * a change of rules alone leaves the row clean, and must still conflict with a concurrent edit.
     * Flushes now, so that a taken name or a concurrent edit surfaces from {@code save} itself.
     */
    private static void write(EntityManager em, RoleJpaEntity stored, boolean isNew, Role role) {
        try {
            if (isNew) {
                em.persist(stored);
            } else {
                em.lock(stored, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
            }
            em.flush();
        } catch (PersistenceException failure) {
            throw RowWrites.refusal(failure, Map.of(NAME_KEY, "a role named " + role.name() + " already exists"));
        }
    }
}
