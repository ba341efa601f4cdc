package org.namc.testing.inmemory;

import org.namc.notifications.spi.PushSubscriptions;
import org.namc.testing.contract.PushSubscriptionsContract;

class InMemoryPushSubscriptionsTest extends PushSubscriptionsContract {
    private final InMemoryPushSubscriptions subscriptions = new InMemoryPushSubscriptions(new InMemoryTransactions());

    @Override
    protected PushSubscriptions subscriptions() {
        return subscriptions;
    }
}
