package org.namc.testing.inmemory;

import java.util.Comparator;
import java.util.List;
import org.namc.messaging.domain.Block;
import org.namc.messaging.spi.MemberBlocks;
import org.namc.shared.domain.MemberId;

/** Blocks in memory, one per pair and direction. */
public final class InMemoryMemberBlocks implements MemberBlocks {
    private record Pair(MemberId blocker, MemberId blocked) {
    }

    private final InMemoryTable<Pair, Block> table;

    public InMemoryMemberBlocks(InMemoryTransactions transactions) {
        this.table = new InMemoryTable<>(transactions);
    }

    @Override
    public synchronized void save(Block block) {
        Pair key = new Pair(block.blocker(), block.blocked());
        if (table.get(key).isEmpty()) {
            table.put(key, block);
        }
    }

    @Override
    public synchronized void remove(MemberId blocker, MemberId blocked) {
        table.remove(new Pair(blocker, blocked));
    }

    @Override
    public boolean isBlocked(MemberId blocker, MemberId blocked) {
        return table.get(new Pair(blocker, blocked)).isPresent();
    }

    @Override
    public List<Block> blockedBy(MemberId blocker) {
        List<Block> found = table.where(b -> b.blocker().equals(blocker));
        found.sort(Comparator.comparing(Block::since).thenComparing(b -> b.blocked().value()));
        return found;
    }
}
