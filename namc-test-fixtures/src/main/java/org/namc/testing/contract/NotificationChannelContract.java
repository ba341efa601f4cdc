package org.namc.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.namc.notifications.domain.Channel;
import org.namc.notifications.domain.Delivery;
import org.namc.notifications.domain.DeliveryResult;
import org.namc.notifications.domain.NotificationId;
import org.namc.notifications.domain.Priority;
import org.namc.notifications.spi.NotificationChannel;
import org.namc.shared.domain.MemberId;

/**
 * What every {@link NotificationChannel} must do: name its channel, answer every delivery
 * with a result, and accept the same message (same key) again, as at-least-once delivery
 * will ask it to.
 */
public abstract class NotificationChannelContract {

    /** The channel under test, able to reach {@link #reachableMember()}. */
    protected abstract NotificationChannel channel();

    /** A member the channel has an address for. */
    protected abstract MemberId reachableMember();

    private Delivery delivery(String key) {
        return new Delivery(key, reachableMember(), channel().channel(), Priority.NORMAL, "Subject", "Body", null,
                "https://portal.example/events/1", List.of(new NotificationId(UUID.randomUUID())), 1, "event", false,
                "View event");
    }

    @Test
    void deliversAMessageToAReachableMember() {
        assertThat(channel().deliver(delivery("k-1"))).isInstanceOf(DeliveryResult.Delivered.class);
    }

    @Test
    void acceptsTheSameMessageAgainWithoutFailing() {
        Delivery message = delivery("k-2");
        channel().deliver(message);
        assertThat(channel().deliver(message)).isInstanceOf(DeliveryResult.Delivered.class);
    }

    @Test
    void namesOneFixedChannel() {
        Channel named = channel().channel();
        assertThat(named).isNotNull();
        assertThat(channel().channel()).isEqualTo(named);
    }
}
