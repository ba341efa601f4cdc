package org.namc.testing.inmemory;

import org.namc.shared.domain.CommonRefusal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.namc.access.domain.RoleGrant;
import org.namc.access.domain.RoleId;
import org.namc.access.spi.RoleGrants;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.NamcException;

public final class InMemoryRoleGrants implements RoleGrants {
    private record Key(MemberId member, RoleId role) {
    }

    private final InMemoryTable<Key, RoleGrant> table;
    /**
     * The roles each member was ever granted: compiling a member's permissions looks up their
     * few grants by key instead of scanning everyone's. Only added to; a grant a rollback
     * removed is simply not found.
     */
    private final Map<MemberId, Set<RoleId>> rolesByMember = new ConcurrentHashMap<>();

    public InMemoryRoleGrants(InMemoryTransactions transactions) {
        this.table = new InMemoryTable<>(transactions);
    }

    @Override
    public synchronized void save(RoleGrant grant) {
        Key key = new Key(grant.memberId(), grant.roleId());
        Optional<RoleGrant> existing = table.get(key);
        if (existing.isPresent() && !existing.get().id().equals(grant.id())) {
            throw NamcException.refused(CommonRefusal.DUPLICATE, "member " + grant.memberId() + " already has a grant of that role");
        }
        table.put(key, grant);
        rolesByMember.computeIfAbsent(grant.memberId(), m -> ConcurrentHashMap.newKeySet()).add(grant.roleId());
    }

    @Override
    public Optional<RoleGrant> find(MemberId member, RoleId role) {
        return table.get(new Key(member, role));
    }

    @Override
    public List<RoleGrant> activeFor(MemberId member) {
        return rolesByMember.getOrDefault(member, Set.of()).stream()
                .flatMap(role -> table.get(new Key(member, role)).stream())
                .filter(RoleGrant::active).sorted(Comparator.comparing(RoleGrant::assignedAt)).toList();
    }

    @Override
    public List<RoleGrant> activeForRole(RoleId role) {
        return table.where(g -> g.active() && g.roleId().equals(role));
    }
}
