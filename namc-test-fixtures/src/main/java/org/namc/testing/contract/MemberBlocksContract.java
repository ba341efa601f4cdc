package org.namc.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.namc.messaging.domain.Block;
import org.namc.messaging.spi.MemberBlocks;
import org.namc.shared.domain.MemberId;

/** What every {@link MemberBlocks} adapter must do. */
public abstract class MemberBlocksContract {
    protected static final Instant NOW = Instant.parse("2026-02-01T10:00:00Z");
    private final MemberId ana = new MemberId(UUID.randomUUID());
    private final MemberId ben = new MemberId(UUID.randomUUID());
    private final MemberId cy = new MemberId(UUID.randomUUID());

    /** An empty store. */
    protected abstract MemberBlocks blocks();

    @Test
    void aBlockGoesOneWayAndBlockingTwiceKeepsTheFirst() {
        blocks().save(new Block(ana, ben, NOW));
        blocks().save(new Block(ana, ben, NOW.plusSeconds(60)));
        blocks().save(new Block(ana, cy, NOW.plusSeconds(10)));

        assertThat(blocks().isBlocked(ana, ben)).isTrue();
        assertThat(blocks().isBlocked(ben, ana)).isFalse();
        assertThat(blocks().blockedBy(ana)).containsExactly(new Block(ana, ben, NOW), new Block(ana, cy,
                NOW.plusSeconds(10)));
    }

    @Test
    void unblockingRemovesOnlyThatBlock() {
        blocks().save(new Block(ana, ben, NOW));
        blocks().save(new Block(ana, cy, NOW));

        blocks().remove(ana, ben);
        blocks().remove(ben, cy);

        assertThat(blocks().isBlocked(ana, ben)).isFalse();
        assertThat(blocks().isBlocked(ana, cy)).isTrue();
    }
}
