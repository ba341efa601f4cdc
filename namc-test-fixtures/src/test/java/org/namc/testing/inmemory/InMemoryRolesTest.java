package org.namc.testing.inmemory;

import org.namc.access.spi.Roles;
import org.namc.testing.contract.RolesContract;

class InMemoryRolesTest extends RolesContract {
    private final InMemoryRoles roles = new InMemoryRoles(new InMemoryTransactions());

    @Override
    protected Roles roles() {
        return roles;
    }
}
