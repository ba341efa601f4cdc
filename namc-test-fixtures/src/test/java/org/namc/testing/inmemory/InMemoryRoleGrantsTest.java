package org.namc.testing.inmemory;

import java.util.UUID;
import org.namc.access.domain.RoleId;
import org.namc.access.spi.RoleGrants;
import org.namc.shared.domain.MemberId;
import org.namc.testing.contract.RoleGrantsContract;

class InMemoryRoleGrantsTest extends RoleGrantsContract {
    private final InMemoryRoleGrants grants = new InMemoryRoleGrants(new InMemoryTransactions());

    @Override
    protected RoleGrants grants() {
        return grants;
    }

    @Override
    protected MemberId existingMember() {
        return new MemberId(UUID.randomUUID());
    }

    @Override
    protected RoleId existingRole(String name) {
        return new RoleId(UUID.randomUUID());
    }
}
