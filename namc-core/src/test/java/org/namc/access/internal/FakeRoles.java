package org.namc.access.internal;

import org.namc.shared.domain.CommonRefusal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.namc.access.domain.Role;
import org.namc.access.domain.RoleId;
import org.namc.access.spi.Roles;
import org.namc.shared.domain.NamcException;

/** A map-backed roles store that counts its reads. */
final class FakeRoles implements Roles {
    private final Map<RoleId, Role> byId = new LinkedHashMap<>();
    private final AtomicInteger reads = new AtomicInteger();

    @Override
    public synchronized void save(Role role) {
        boolean nameTaken = byId.values().stream()
                .anyMatch(r -> r.name().equals(role.name()) && !r.id().equals(role.id()));
        if (nameTaken) {
            throw NamcException.refused(CommonRefusal.DUPLICATE, "role name " + role.name() + " is taken");
        }
        byId.put(role.id(), role);
    }

    @Override
    public synchronized Optional<Role> findById(RoleId id) {
        reads.incrementAndGet();
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public synchronized Optional<Role> findByName(String name) {
        reads.incrementAndGet();
        return byId.values().stream().filter(r -> r.name().equals(name)).findFirst();
    }

    @Override
    public synchronized List<Role> all() {
        reads.incrementAndGet();
        return snapshot();
    }

    /** Every stored role, ordered by name, without counting a read (for reference evaluators). */
    synchronized List<Role> snapshot() {
        List<Role> all = new ArrayList<>(byId.values());
        all.sort(Comparator.comparing(Role::name));
        return List.copyOf(all);
    }

    int reads() {
        return reads.get();
    }
}
