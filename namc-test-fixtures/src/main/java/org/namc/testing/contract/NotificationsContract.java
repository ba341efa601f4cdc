package org.namc.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.testing.contract.NotificationStoreFixtures.notification;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.namc.notifications.domain.Channel;
import org.namc.notifications.domain.ChannelDelivery;
import org.namc.notifications.domain.DeliveryState;
import org.namc.notifications.domain.Notification;
import org.namc.notifications.spi.Notifications;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.PageRequest;

/** What every {@link Notifications} adapter must do. */
public abstract class NotificationsContract {
    protected static final Instant NOW = Instant.parse("2026-02-01T10:00:00Z");
    protected final MemberId maria = new MemberId(UUID.randomUUID());

    /** An empty store. */
    protected abstract Notifications notifications();

    /** Makes the member exist, for adapters whose schema needs it; the in-memory store needs nothing. */
    protected void memberExists(MemberId member) {
    }

    private Notification stored(Notification n) {
        memberExists(n.recipient());
        notifications().save(n);
        return n;
    }

    @Test
    void keepsEveryFieldAndTheStatusPerChannelThroughARoundTrip() {
        Notification n = stored(notification(maria, NOW, null, NOW.plusSeconds(3600), "key-1")
                .withDelivery(Channel.EMAIL, new ChannelDelivery(DeliveryState.PENDING, 2, NOW.plusSeconds(60), "retry"))
                .withDelivery(Channel.IN_APP, ChannelDelivery.of(DeliveryState.DELIVERED, NOW, null)));
        Notification read = n.read(NOW.plusSeconds(5));
        notifications().save(read);

        assertThat(notifications().findById(n.id())).contains(read);
    }

    @Test
    void theInboxShowsDueUnexpiredInAppNotificationsNewestFirst() {
        Notification old = stored(notification(maria, NOW, null, null, null));
        Notification recent = stored(notification(maria, NOW.plusSeconds(10), null, null, null));
        stored(notification(maria, NOW, NOW.plusSeconds(3600), null, null));
        stored(notification(maria, NOW, null, NOW.plusSeconds(20), null));
        stored(notification(new MemberId(UUID.randomUUID()), NOW, null, null, null));
        notifications().save(old.read(NOW.plusSeconds(30)));

        var inbox = notifications().inbox(maria, NOW.plusSeconds(30), PageRequest.first(10));
        assertThat(inbox.items()).extracting(Notification::id).containsExactly(recent.id(), old.id());
        assertThat(notifications().unreadCount(maria, NOW.plusSeconds(30))).isEqualTo(1);
    }

    @Test
    void findsTheLatestNotificationWithADeduplicationKeySinceAnInstant() {
        stored(notification(maria, NOW, null, null, "renewal"));
        Notification later = stored(notification(maria, NOW.plusSeconds(100), null, null, "renewal"));

        assertThat(notifications().findByDedupKey(maria, "renewal", NOW)).contains(later);
        assertThat(notifications().findByDedupKey(maria, "renewal", NOW.plusSeconds(101))).isEmpty();
        assertThat(notifications().findByDedupKey(maria, "other", NOW)).isEmpty();
        assertThat(notifications().findByDedupKey(new MemberId(UUID.randomUUID()), "renewal", NOW)).isEmpty();
    }
}
