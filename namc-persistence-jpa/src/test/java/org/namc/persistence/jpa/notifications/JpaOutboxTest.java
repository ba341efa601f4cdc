package org.namc.persistence.jpa.notifications;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.namc.notifications.domain.Notification;
import org.namc.notifications.spi.Outbox;
import org.namc.persistence.jpa.TestSchema;
import org.namc.shared.spi.Transactions;
import org.namc.testing.contract.OutboxContract;

class JpaOutboxTest extends OutboxContract {
    @RegisterExtension
    static final TestSchema db = new TestSchema();

    @BeforeEach
    void emptyStore() {
        db.truncateAll();
    }

    @Override
    protected Outbox outbox() {
        return db.persistence().outbox();
    }

    @Override
    protected Transactions transactions() {
        return db.persistence().transactions();
    }

    @Override
    protected void notificationExists(Notification notification) {
        StoredMembers.ensure(db, notification.recipient());
        if (db.persistence().notifications().findById(notification.id()).isEmpty()) {
            db.persistence().notifications().save(notification);
        }
    }
}
