package org.namc.testing.inmemory;

import java.util.UUID;
import org.namc.billing.spi.Subscriptions;
import org.namc.shared.domain.MemberId;
import org.namc.testing.contract.SubscriptionsContract;

class InMemorySubscriptionsTest extends SubscriptionsContract {
    private final InMemorySubscriptions subscriptions = new InMemorySubscriptions(new InMemoryTransactions());

    @Override
    protected Subscriptions subscriptions() {
        return subscriptions;
    }

    @Override
    protected MemberId existingMember() {
        return new MemberId(UUID.randomUUID());
    }
}
