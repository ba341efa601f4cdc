package org.namc.persistence.jpa.messaging;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.namc.messaging.domain.Block;
import org.namc.messaging.spi.MemberBlocks;
import org.namc.persistence.jpa.ExistingMembers;
import org.namc.persistence.jpa.TestSchema;
import org.namc.shared.domain.MemberId;
import org.namc.testing.contract.MemberBlocksContract;

class JpaMemberBlocksTest extends MemberBlocksContract {
    @RegisterExtension
    static final TestSchema db = new TestSchema();

    @BeforeEach
    void emptyStore() {
        db.truncateAll();
    }

    /** The store, storing both members of a block first (member_blocks references users). */
    @Override
    protected MemberBlocks blocks() {
        MemberBlocks store = db.persistence().memberBlocks();
        return new MemberBlocks() {
            @Override
            public void save(Block block) {
                ExistingMembers.ensure(db, block.blocker(), block.blocked());
                store.save(block);
            }

            @Override
            public void remove(MemberId blocker, MemberId blocked) {
                store.remove(blocker, blocked);
            }

            @Override
            public boolean isBlocked(MemberId blocker, MemberId blocked) {
                return store.isBlocked(blocker, blocked);
            }

            @Override
            public List<Block> blockedBy(MemberId blocker) {
                return store.blockedBy(blocker);
            }
        };
    }
}
