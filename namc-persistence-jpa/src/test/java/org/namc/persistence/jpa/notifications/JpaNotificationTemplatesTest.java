package org.namc.persistence.jpa.notifications;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.namc.notifications.spi.NotificationTemplates;
import org.namc.persistence.jpa.TestSchema;
import org.namc.testing.contract.NotificationTemplatesContract;

class JpaNotificationTemplatesTest extends NotificationTemplatesContract {
    @RegisterExtension
    static final TestSchema db = new TestSchema();

    @BeforeEach
    void emptyStore() {
        db.truncateAll();
    }

    @Override
    protected NotificationTemplates templates() {
        return db.persistence().notificationTemplates();
    }
}
