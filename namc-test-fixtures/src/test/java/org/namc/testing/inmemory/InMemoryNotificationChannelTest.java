package org.namc.testing.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.namc.notifications.domain.Channel;
import org.namc.notifications.domain.Delivery;
import org.namc.notifications.domain.DeliveryResult;
import org.namc.notifications.domain.Priority;
import org.namc.notifications.spi.NotificationChannel;
import org.namc.shared.domain.MemberId;
import org.namc.testing.contract.NotificationChannelContract;

class InMemoryNotificationChannelTest extends NotificationChannelContract {
    private final InMemoryNotificationChannel channel = new InMemoryNotificationChannel(Channel.SMS);
    private final MemberId member = new MemberId(UUID.randomUUID());

    @Override
    protected NotificationChannel channel() {
        return channel;
    }

    @Override
    protected MemberId reachableMember() {
        return member;
    }

    @Test
    void recordsEveryAttemptAndOnlyAcceptedMessagesAsDelivered() {
        Delivery message = new Delivery("k", member, Channel.SMS, Priority.LOW, "s", "b", null, null, List.of(), 1,
                "system", false, null);
        channel.failNext(1);
        channel.refuseNext(1);

        DeliveryResult refused = channel.deliver(message);
        Throwable failed = catchThrowable(() -> channel.deliver(message));
        DeliveryResult accepted = channel.deliver(message);

        assertThat(refused).isInstanceOfSatisfying(DeliveryResult.Failed.class, f -> assertThat(f.permanent()).isTrue());
        assertThat(failed).isInstanceOf(IllegalStateException.class);
        assertThat(accepted).isInstanceOf(DeliveryResult.Delivered.class);
        assertThat(channel.attempts()).hasSize(3);
        assertThat(channel.delivered()).containsExactly(message);
    }
}
