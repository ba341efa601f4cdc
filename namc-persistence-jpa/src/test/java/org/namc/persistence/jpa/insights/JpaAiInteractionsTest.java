package org.namc.persistence.jpa.insights;

import static org.namc.testing.data.MemberBuilder.aMember;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.namc.insights.spi.AiInteractions;
import org.namc.membership.spi.Members;
import org.namc.persistence.jpa.TestSchema;
import org.namc.shared.domain.MemberId;
import org.namc.testing.contract.AiInteractionsContract;

class JpaAiInteractionsTest extends AiInteractionsContract {
    @RegisterExtension
    static final TestSchema db = new TestSchema();

    @BeforeEach
    void emptyStore() {
        db.truncateAll();
    }

    @Override
    protected AiInteractions interactions() {
        return db.persistence().aiInteractions();
    }

    @Override
    protected void memberExists(MemberId member) {
        Members members = db.persistence().members();
        if (members.findById(member).isEmpty()) {
            members.save(aMember().member(member, NOW));
        }
    }
}
