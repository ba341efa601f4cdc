package org.namc.testing.inmemory;

import java.util.UUID;
import org.namc.membership.spi.SecurityTokens;
import org.namc.shared.domain.MemberId;
import org.namc.testing.contract.SecurityTokensContract;

class InMemorySecurityTokensTest extends SecurityTokensContract {
    private final InMemorySecurityTokens tokens = new InMemorySecurityTokens(new InMemoryTransactions());

    @Override
    protected SecurityTokens tokens() {
        return tokens;
    }

    @Override
    protected MemberId existingMember() {
        return new MemberId(UUID.randomUUID());
    }
}
