package org.namc.persistence.jpa.messaging;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.namc.messaging.spi.Messages;
import org.namc.persistence.jpa.ExistingMembers;
import org.namc.persistence.jpa.TestSchema;
import org.namc.shared.domain.MemberId;
import org.namc.testing.contract.MessagesContract;

class JpaMessagesTest extends MessagesContract {
    @RegisterExtension
    static final TestSchema db = new TestSchema();

    @BeforeEach
    void emptyStore() {
        db.truncateAll();
    }

    @Override
    protected Messages messages() {
        return db.persistence().messages();
    }

    @Override
    protected void membersExist(MemberId... members) {
        ExistingMembers.ensure(db, members);
    }
}
