package org.namc.testing.inmemory;

import org.namc.messaging.spi.MemberBlocks;
import org.namc.testing.contract.MemberBlocksContract;

class InMemoryMemberBlocksTest extends MemberBlocksContract {
    private final InMemoryMemberBlocks blocks = new InMemoryMemberBlocks(new InMemoryTransactions());

    @Override
    protected MemberBlocks blocks() {
        return blocks;
    }
}
