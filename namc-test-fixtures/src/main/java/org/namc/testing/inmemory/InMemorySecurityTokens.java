package org.namc.testing.inmemory;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.namc.membership.domain.SecurityToken;
import org.namc.membership.domain.TokenPurpose;
import org.namc.membership.spi.SecurityTokens;
import org.namc.shared.domain.MemberId;

public final class InMemorySecurityTokens implements SecurityTokens {
    private final InMemoryTable<UUID, SecurityToken> table;

    public InMemorySecurityTokens(InMemoryTransactions transactions) {
        this.table = new InMemoryTable<>(transactions);
    }

    @Override
    public void save(SecurityToken token) {
        table.put(token.id(), token);
    }

    @Override
    public Optional<SecurityToken> findByHash(TokenPurpose purpose, String tokenHash) {
        return table.where(t -> t.purpose() == purpose && t.tokenHash().equals(tokenHash)).stream().findFirst();
    }

    @Override
    public synchronized int revokeAll(MemberId memberId, TokenPurpose purpose, Instant now) {
        var open = table.where(t -> t.memberId().equals(memberId) && t.purpose() == purpose && t.usedAt() == null);
        open.forEach(t -> table.put(t.id(), t.usedAt(now)));
        return open.size();
    }
}
