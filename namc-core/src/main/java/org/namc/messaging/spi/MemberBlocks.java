package org.namc.messaging.spi;

import java.util.List;
import org.namc.messaging.domain.Block;
import org.namc.shared.domain.MemberId;

/** Who blocked whom; at most one block per pair and direction. */
public interface MemberBlocks {

    /** Adds the block; blocking again changes nothing. */
    void save(Block block);

    void remove(MemberId blocker, MemberId blocked);

    boolean isBlocked(MemberId blocker, MemberId blocked);

    /** Members {@code blocker} blocked, oldest block first. */
    List<Block> blockedBy(MemberId blocker);
}
