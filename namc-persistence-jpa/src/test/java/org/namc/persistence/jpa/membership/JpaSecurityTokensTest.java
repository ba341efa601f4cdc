package org.namc.persistence.jpa.membership;

import static org.namc.testing.data.MemberBuilder.aMember;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.namc.membership.spi.SecurityTokens;
import org.namc.persistence.jpa.TestSchema;
import org.namc.shared.domain.MemberId;
import org.namc.testing.contract.SecurityTokensContract;

class JpaSecurityTokensTest extends SecurityTokensContract {
    @RegisterExtension
    static final TestSchema db = new TestSchema();

    @BeforeEach
    void emptyStore() {
        db.truncateAll();
    }

    @Override
    protected SecurityTokens tokens() {
        return db.persistence().securityTokens();
    }

    @Override
    protected MemberId existingMember() {
        return db.persistence().members().save(aMember().member(new MemberId(UUID.randomUUID()), NOW)).id();
    }
}
