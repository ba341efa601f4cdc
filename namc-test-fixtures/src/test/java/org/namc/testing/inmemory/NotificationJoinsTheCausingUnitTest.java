package org.namc.testing.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.namc.notifications.Notifier;
import org.namc.notifications.NotifyMember;
import org.namc.notifications.domain.NotificationType;
import org.namc.notifications.internal.NotificationsModule;
import org.namc.shared.domain.MemberId;

/**
 * The outbox's promise: a notification is written in the unit of work of the change that
 * caused it, so a change that rolls back leaves neither the notification nor its deliveries.
 */
class NotificationJoinsTheCausingUnitTest {
    private final InMemoryPortal portal = InMemoryPortal.create();
    private final Notifier notifier = ((NotificationsModule) portal.portal().notifications()).notifier();
    private final MemberId maria = new MemberId(UUID.randomUUID());

    @Test
    void aRolledBackChangeTakesItsNotificationAndOutboxEntriesAlong() {
        Throwable failure = catchThrowable(() -> portal.adapters().transactions().run(() -> {
            notifier.enqueue(NotifyMember.of(maria, NotificationType.EVENT, "Registered", "See you there"));
            throw new IllegalStateException("the registration failed after notifying");
        }));

        assertThat(failure).isInstanceOf(IllegalStateException.class);
        assertThat(portal.adapters().notifications().all()).isEmpty();
        assertThat(portal.adapters().outbox().all()).isEmpty();
    }

    @Test
    void aCommittedChangeLeavesTheNotificationWithItsOutboxEntries() {
        portal.adapters().transactions().run(() ->
                notifier.enqueue(NotifyMember.of(maria, NotificationType.EVENT, "Registered", "See you there")));

        assertThat(portal.adapters().notifications().all()).hasSize(1);
        assertThat(portal.adapters().outbox().all()).hasSize(2);
    }
}
