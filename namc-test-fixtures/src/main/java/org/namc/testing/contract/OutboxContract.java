package org.namc.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.testing.contract.NotificationStoreFixtures.notification;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.namc.notifications.domain.Channel;
import org.namc.notifications.domain.Notification;
import org.namc.notifications.domain.OutboxEntry;
import org.namc.notifications.spi.Outbox;
import org.namc.shared.domain.MemberId;
import org.namc.shared.spi.Transactions;

/** What every {@link Outbox} adapter must do. */
public abstract class OutboxContract {
    protected static final Instant NOW = Instant.parse("2026-02-01T10:00:00Z");
    private final MemberId maria = new MemberId(UUID.randomUUID());

    /** An empty outbox. */
    protected abstract Outbox outbox();

    protected abstract Transactions transactions();

    /** Stores the notification an entry belongs to, for adapters whose schema needs it. */
    protected void notificationExists(Notification notification) {
    }

    private OutboxEntry entry(Notification n, Channel channel, boolean digest, Instant release) {
        notificationExists(n);
        OutboxEntry e = OutboxEntry.pending(UUID.randomUUID(), n, channel, digest, release, NOW);
        outbox().save(e);
        return e;
    }

    @Test
    void returnsWhatIsDueOldestReleaseFirstAndNothingFinished() {
        Notification n = notification(maria, NOW, null, null, null);
        OutboxEntry later = entry(n, Channel.EMAIL, false, NOW.plusSeconds(30));
        OutboxEntry sooner = entry(n, Channel.IN_APP, false, NOW);
        OutboxEntry future = entry(n, Channel.PUSH, false, NOW.plusSeconds(3600));
        OutboxEntry done = entry(n, Channel.SMS, false, NOW);
        outbox().save(done.delivered(NOW));

        assertThat(outbox().due(NOW.plusSeconds(60), 10)).containsExactly(sooner, later);
        assertThat(outbox().due(NOW.plusSeconds(60), 1)).containsExactly(sooner);
        assertThat(outbox().forNotification(n.id())).hasSize(4).contains(future);
        assertThat(outbox().findById(done.id())).contains(done.delivered(NOW));
        assertThat(outbox().findById(UUID.randomUUID())).isEmpty();
    }

    @Test
    void aFailedAttemptWaitsForItsRetryAndADigestGroupIsNeverSplit() {
        Notification a = notification(maria, NOW, null, null, null);
        Notification b = notification(maria, NOW, null, null, null);
        OutboxEntry single = entry(a, Channel.EMAIL, false, NOW);
        OutboxEntry digestA = entry(a, Channel.PUSH, true, NOW.plusSeconds(1));
        OutboxEntry digestB = entry(b, Channel.PUSH, true, NOW.plusSeconds(1));
        outbox().save(single.failed("timeout", NOW.plusSeconds(120), NOW));

        assertThat(outbox().due(NOW.plusSeconds(60), 1)).containsExactlyInAnyOrder(digestA, digestB);
        assertThat(outbox().due(NOW.plusSeconds(120), 10)).hasSize(3);
    }

    @Test
    void entriesWrittenInARolledBackUnitAreGone() {
        Notification n = notification(maria, NOW, null, null, null);
        try {
            transactions().run(() -> {
                entry(n, Channel.EMAIL, false, NOW);
                throw new IllegalStateException("the causing change failed");
            });
        } catch (IllegalStateException expected) {
            // the unit rolled back
        }
        assertThat(outbox().due(NOW.plusSeconds(60), 10)).isEmpty();
    }
}
