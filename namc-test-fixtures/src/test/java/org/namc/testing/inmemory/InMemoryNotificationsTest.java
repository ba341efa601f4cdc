package org.namc.testing.inmemory;

import org.namc.notifications.spi.Notifications;
import org.namc.testing.contract.NotificationsContract;

class InMemoryNotificationsTest extends NotificationsContract {
    private final InMemoryNotifications notifications = new InMemoryNotifications(new InMemoryTransactions());

    @Override
    protected Notifications notifications() {
        return notifications;
    }
}
