package org.namc.persistence.jpa.notifications;

import org.namc.notifications.NotificationsSettings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.persistence.jpa.notifications.TestNotifications.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.namc.NamcPortal;
import org.namc.notifications.DispatchReport;
import org.namc.notifications.domain.Channel;
import org.namc.notifications.domain.Delivery;
import org.namc.notifications.domain.DeliveryState;
import org.namc.notifications.domain.Notification;
import org.namc.notifications.domain.NotificationId;
import org.namc.notifications.domain.RetryPolicy;
import org.namc.persistence.jpa.JpaPortal;
import org.namc.persistence.jpa.TestSchema;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.MemberId;
import org.namc.testing.MutableClock;
import org.namc.testing.contract.Concurrently;

/**
 * Dispatchers running at once on one outbox, each in small batches: every message leaves
 * exactly once (no entry is claimed by two runs), digests stay whole, and the per-channel
 * status of a notification that two runs deliver on different channels keeps both outcomes.
 */
class ConcurrentDispatchTest {
    @RegisterExtension
    static final TestSchema db = new TestSchema();

    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
    private static final int DISPATCHERS = 4;
    private static final int SINGLES = 20;
    private static final int DIGESTS = 3;
    private static final int ALERTS_PER_DIGEST = 4;

    private JpaPortal portal;
    private final List<Notification> singles = new ArrayList<>();
    private final List<Notification> alerts = new ArrayList<>();

    @BeforeEach
    void fillTheOutbox() {
        NotificationsSettings smallBatches = new NotificationsSettings(RetryPolicy.standard(),
                Duration.ofDays(1), "en-US", 5, Duration.ofMinutes(10));
        portal = JpaPortal.on(db, MutableClock.at(NOW), NamcPortal.builder().notificationsSettings(smallBatches));
        MemberId maria = new MemberId(UUID.randomUUID());
        StoredMembers.ensure(db, maria);
        for (int i = 0; i < SINGLES; i++) {
            singles.add(queued(notification(maria, "event", EnumSet.of(Channel.EMAIL, Channel.SMS), NOW, null), false));
        }
        for (int d = 0; d < DIGESTS; d++) {
            for (int i = 0; i < ALERTS_PER_DIGEST; i++) {
                alerts.add(queued(notification(maria, "project-" + d, EnumSet.of(Channel.PUSH), NOW, null), true));
            }
        }
    }

    @Test
    void concurrentDispatchersDeliverEveryEntryExactlyOnce() throws Exception {
        List<Integer> sentPerDispatcher = Concurrently.run(DISPATCHERS, () -> {
            int sent = 0;
            for (DispatchReport run = dispatch(); !run.delivered().isEmpty(); run = dispatch()) {
                sent += run.delivered().size();
            }
            return sent;
        });
        assertThat(dispatch().delivered()).as("nothing was left behind").isEmpty();

        assertThat(sentPerDispatcher.stream().mapToInt(Integer::intValue).sum()).isEqualTo(2 * SINGLES + DIGESTS);
        assertThat(timesSent(Channel.EMAIL)).hasSize(SINGLES).allSatisfy((id, times) -> assertThat(times).isOne());
        assertThat(timesSent(Channel.SMS)).hasSize(SINGLES).allSatisfy((id, times) -> assertThat(times).isOne());
        assertThat(timesSent(Channel.PUSH)).hasSize(DIGESTS * ALERTS_PER_DIGEST)
                .allSatisfy((id, times) -> assertThat(times).isOne());
        assertThat(portal.adapters().channel(Channel.PUSH).delivered())
                .allSatisfy(digest -> assertThat(digest.sources()).hasSize(ALERTS_PER_DIGEST));
        assertThat(singles).allSatisfy(n -> assertThat(stored(n).deliveries()).as("both channels' outcomes")
                .allSatisfy((channel, status) -> assertThat(status.state()).isEqualTo(DeliveryState.DELIVERED))
                .containsOnlyKeys(Channel.EMAIL, Channel.SMS));
    }

    private DispatchReport dispatch() {
        return portal.portal().notifications().dispatch(Actor.system());
    }

    /** How often each notification went out on the channel. */
    private Map<NotificationId, Long> timesSent(Channel channel) {
        return portal.adapters().channel(channel).delivered().stream().map(Delivery::sources)
                .flatMap(List::stream).collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private Notification stored(Notification n) {
        return db.persistence().notifications().findById(n.id()).orElseThrow();
    }

    private static Notification queued(Notification n, boolean digest) {
        return TestNotifications.queue(db.persistence(), n, digest, NOW);
    }
}
