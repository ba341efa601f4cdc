package org.namc.testing.inmemory;

import org.namc.shared.domain.CommonRefusal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.namc.access.domain.Role;
import org.namc.access.domain.RoleId;
import org.namc.access.spi.Roles;
import org.namc.shared.domain.NamcException;

public final class InMemoryRoles implements Roles {
    private final InMemoryTable<RoleId, Role> table;

    public InMemoryRoles(InMemoryTransactions transactions) {
        this.table = new InMemoryTable<>(transactions);
    }

    @Override
    public synchronized void save(Role role) {
        if (!table.where(r -> r.name().equals(role.name()) && !r.id().equals(role.id())).isEmpty()) {
            throw NamcException.refused(CommonRefusal.DUPLICATE, "a role named " + role.name() + " already exists");
        }
        table.put(role.id(), role);
    }

    @Override
    public Optional<Role> findById(RoleId id) {
        return table.get(id);
    }

    @Override
    public Optional<Role> findByName(String name) {
        return table.where(r -> r.name().equals(name)).stream().findFirst();
    }

    @Override
    public List<Role> all() {
        return table.all().stream().sorted(Comparator.comparing(Role::name)).toList();
    }
}
