package org.namc.testing.inmemory;

import org.namc.notifications.spi.NotificationTemplates;
import org.namc.testing.contract.NotificationTemplatesContract;

class InMemoryNotificationTemplatesTest extends NotificationTemplatesContract {
    private final InMemoryNotificationTemplates templates = new InMemoryNotificationTemplates(new InMemoryTransactions());

    @Override
    protected NotificationTemplates templates() {
        return templates;
    }
}
