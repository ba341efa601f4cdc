package org.namc.testing.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.testing.data.MemberBuilder.aMember;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.namc.NamcPortal;
import org.namc.notifications.DispatchReport;
import org.namc.notifications.NotificationWorker;
import org.namc.notifications.NotificationsApi;
import org.namc.notifications.NotifyMember;
import org.namc.notifications.domain.Channel;
import org.namc.notifications.domain.Delivery;
import org.namc.notifications.domain.DeliveryResult;
import org.namc.notifications.domain.NotificationType;
import org.namc.notifications.domain.OutboxEntry;
import org.namc.notifications.spi.NotificationChannel;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.MemberId;
import org.namc.testing.MutableClock;
import org.namc.testing.SequentialIds;

class NotificationWorkerTest {
    final MutableClock clock = MutableClock.at("2026-12-08T17:00:00Z");
    final InMemoryAdapters adapters = new InMemoryAdapters(clock, new SequentialIds());
    final GatedEmail email = new GatedEmail();
    NotificationsApi notifications;
    MemberId ana;

    /** An email channel that holds its second message until the test lets it go. */
    static final class GatedEmail implements NotificationChannel {
        final List<String> sent = new CopyOnWriteArrayList<>();
        final CountDownLatch secondArrived = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        volatile int batches;

        @Override
        public Channel channel() {
            return Channel.EMAIL;
        }

        @Override
        public void beginBatch() {
            batches++;
        }

        @Override
        public DeliveryResult deliver(Delivery delivery) {
            if (sent.size() == 1) {
                secondArrived.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            sent.add(delivery.key());
            return new DeliveryResult.Delivered(null);
        }
    }

    @BeforeEach
    void start() {
        NamcPortal portal = adapters.applyTo(NamcPortal.builder()).notificationChannel(email).build();
        portal.access().seedSystemRoles(Actor.system());
        notifications = portal.notifications();
        ana = aMember().withEmail("ana@example.com").registerVerified(portal.membership());
        for (int i = 0; i < 5; i++) {
            notifications.notify(Actor.system(), NotifyMember.of(ana, NotificationType.EVENT, "News " + i, "Body")
                    .on(Channel.EMAIL));
        }
    }

    List<OutboxEntry> emailEntries() {
        return adapters.outbox().all().stream().filter(e -> e.channel() == Channel.EMAIL).toList();
    }

    @Test
    void shutdownFinishesTheMessageInFlightAndGivesTheRestBack() throws Exception {
        NotificationWorker worker = new NotificationWorker(notifications, Actor.system());
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
        try {
            worker.start(executor, Duration.ofMillis(50));
            assertThat(email.secondArrived.await(10, TimeUnit.SECONDS)).isTrue();

            Thread stopper = new Thread(() -> {
                try {
                    worker.shutdown(Duration.ofSeconds(10));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            stopper.start();
            while (!worker.isStopping()) {
                Thread.onSpinWait();
            }
            email.release.countDown();
            stopper.join(10_000);
        } finally {
            executor.shutdownNow();
        }

        assertThat(email.sent).hasSize(2);
        assertThat(emailEntries()).filteredOn(e -> e.status() == OutboxEntry.Status.DELIVERED).hasSize(2);
        // The three not sent are due again at once, not at the end of the ten-minute lease.
        assertThat(emailEntries()).filteredOn(e -> e.status() == OutboxEntry.Status.PENDING).hasSize(3)
                .allSatisfy(e -> assertThat(e.isDueAt(clock.instant())).isTrue());
        assertThat(worker.runOnce()).isEqualTo(new DispatchReport(List.of(), List.of(), List.of(), 0));
    }

    @Test
    void anotherWorkerSendsWhatAStoppedOneGaveBack() throws Exception {
        NotificationWorker first = new NotificationWorker(notifications, Actor.system());
        Thread running = new Thread(first::runOnce);
        running.start();
        assertThat(email.secondArrived.await(10, TimeUnit.SECONDS)).isTrue();
        Thread stopper = new Thread(() -> {
            try {
                first.shutdown(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        stopper.start();
        while (!first.isStopping()) {
            Thread.onSpinWait();
        }
        email.release.countDown();
        running.join(10_000);
        stopper.join(10_000);

        DispatchReport second = new NotificationWorker(notifications, Actor.system()).runOnce();

        assertThat(second.delivered()).hasSize(3);
        assertThat(email.sent).hasSize(5).doesNotHaveDuplicates();
        assertThat(email.batches).isEqualTo(2);
    }
}
