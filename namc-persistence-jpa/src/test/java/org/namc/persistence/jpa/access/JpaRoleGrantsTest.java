package org.namc.persistence.jpa.access;

import static org.namc.testing.data.MemberBuilder.aMember;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.namc.access.domain.Role;
import org.namc.access.domain.RoleId;
import org.namc.access.spi.RoleGrants;
import org.namc.persistence.jpa.TestSchema;
import org.namc.shared.domain.MemberId;
import org.namc.testing.contract.RoleGrantsContract;

class JpaRoleGrantsTest extends RoleGrantsContract {
    @RegisterExtension
    static final TestSchema db = new TestSchema();

    @BeforeEach
    void emptyStore() {
        db.truncateAll();
    }

    @Override
    protected RoleGrants grants() {
        return db.persistence().roleGrants();
    }

    @Override
    protected MemberId existingMember() {
        return db.persistence().members().save(aMember().member(new MemberId(UUID.randomUUID()), NOW)).id();
    }

    @Override
    protected RoleId existingRole(String name) {
        Role role = Role.create(new RoleId(UUID.randomUUID()), name, name + " role", false, Set.of(), Set.of(), NOW);
        db.persistence().roles().save(role);
        return role.id();
    }
}
