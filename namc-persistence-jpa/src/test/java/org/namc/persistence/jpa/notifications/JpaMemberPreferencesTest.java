package org.namc.persistence.jpa.notifications;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.namc.notifications.spi.MemberPreferences;
import org.namc.persistence.jpa.TestSchema;
import org.namc.shared.domain.MemberId;
import org.namc.testing.contract.MemberPreferencesContract;

class JpaMemberPreferencesTest extends MemberPreferencesContract {
    @RegisterExtension
    static final TestSchema db = new TestSchema();

    @BeforeEach
    void emptyStore() {
        db.truncateAll();
    }

    @Override
    protected MemberPreferences preferences() {
        return db.persistence().memberPreferences();
    }

    @Override
    protected void memberExists(MemberId member) {
        StoredMembers.ensure(db, member);
    }
}
