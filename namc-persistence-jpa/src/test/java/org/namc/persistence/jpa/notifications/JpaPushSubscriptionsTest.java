package org.namc.persistence.jpa.notifications;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.namc.notifications.spi.PushSubscriptions;
import org.namc.persistence.jpa.TestSchema;
import org.namc.shared.domain.MemberId;
import org.namc.testing.contract.PushSubscriptionsContract;

class JpaPushSubscriptionsTest extends PushSubscriptionsContract {
    @RegisterExtension
    static final TestSchema db = new TestSchema();

    @BeforeEach
    void emptyStore() {
        db.truncateAll();
    }

    @Override
    protected PushSubscriptions subscriptions() {
        return db.persistence().pushSubscriptions();
    }

    @Override
    protected void memberExists(MemberId member) {
        StoredMembers.ensure(db, member);
    }
}
