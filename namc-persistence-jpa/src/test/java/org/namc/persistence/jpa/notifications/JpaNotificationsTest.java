package org.namc.persistence.jpa.notifications;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.namc.notifications.spi.Notifications;
import org.namc.persistence.jpa.TestSchema;
import org.namc.shared.domain.MemberId;
import org.namc.testing.contract.NotificationsContract;

class JpaNotificationsTest extends NotificationsContract {
    @RegisterExtension
    static final TestSchema db = new TestSchema();

    @BeforeEach
    void emptyStore() {
        db.truncateAll();
    }

    @Override
    protected Notifications notifications() {
        return db.persistence().notifications();
    }

    @Override
    protected void memberExists(MemberId member) {
        StoredMembers.ensure(db, member);
    }
}
