package org.namc.access.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.namc.access.domain.RoleGrant;
import org.namc.access.domain.RoleId;
import org.namc.access.spi.RoleGrants;
import org.namc.shared.domain.MemberId;

/** A map-backed grants store (one grant per member and role) that counts its reads. */
final class FakeRoleGrants implements RoleGrants {
    private record Key(MemberId member, RoleId role) {
    }

    private final Map<Key, RoleGrant> grants = new LinkedHashMap<>();
    private final AtomicInteger reads = new AtomicInteger();

    @Override
    public synchronized void save(RoleGrant grant) {
        grants.put(new Key(grant.memberId(), grant.roleId()), grant);
    }

    @Override
    public synchronized Optional<RoleGrant> find(MemberId member, RoleId role) {
        reads.incrementAndGet();
        return Optional.ofNullable(grants.get(new Key(member, role)));
    }

    @Override
    public synchronized List<RoleGrant> activeFor(MemberId member) {
        reads.incrementAndGet();
        return grants.values().stream().filter(g -> g.memberId().equals(member) && g.active()).toList();
    }

    @Override
    public synchronized List<RoleGrant> activeForRole(RoleId role) {
        reads.incrementAndGet();
        return grants.values().stream().filter(g -> g.roleId().equals(role) && g.active()).toList();
    }

    /** Every stored grant, revoked ones included, without counting a read. */
    synchronized List<RoleGrant> snapshot() {
        return List.copyOf(grants.values());
    }

    int reads() {
        return reads.get();
    }
}
