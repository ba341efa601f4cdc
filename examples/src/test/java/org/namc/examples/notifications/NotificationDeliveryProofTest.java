package org.namc.examples.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.testing.data.MemberBuilder.aMember;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.namc.NamcPortal;
import org.namc.notifications.NotificationWorker;
import org.namc.notifications.NotificationsApi;
import org.namc.notifications.NotifyMember;
import org.namc.notifications.domain.Channel;
import org.namc.notifications.domain.Delivery;
import org.namc.notifications.domain.DeliveryPreferences;
import org.namc.notifications.domain.DeliveryResult;
import org.namc.notifications.domain.NotificationType;
import org.namc.notifications.domain.QuietHours;
import org.namc.notifications.domain.RetryPolicy;
import org.namc.notifications.email.SmtpEmailChannel;
import org.namc.notifications.email.SmtpSettings;
import org.namc.notifications.NotificationsSettings;
import org.namc.notifications.spi.NotificationChannel;
import org.namc.notifications.templates.Branding;
import org.namc.notifications.templates.MustacheTemplates;
import org.namc.persistence.jpa.TestDatabase;
import org.namc.persistence.jpa.TestSchema;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.MemberId;
import org.namc.testing.SequentialIds;
import org.namc.testing.inmemory.InMemoryAdapters;

/**
 * The outbox loses nothing, on PostgreSQL: notifications to members with every kind of preference
 * go out through three workers to a real SMTP server (GreenMail behind a relay that answers 10 %
 * of recipients 451), while the push channel throws at random and workers die at random points
 * (some right after the server accepted a message, before the outcome was recorded) or are shut
 * down gracefully, and are restarted. Then: every message that should arrive arrived, duplicates
 * are at most one per death after a send and carry the same Message-ID, and quiet hours, opt-outs,
 * undeliverable addresses and digests held.
 *
 * <p>{@code -Dnamc.proof.notifications=10000} runs the full size; CI runs 300.
 */
class NotificationDeliveryProofTest {
    @RegisterExtension
    static final TestSchema db = TestSchema.forBursts(Duration.ofSeconds(60));
    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    static final int NOTIFICATIONS = Integer.getInteger("namc.proof.notifications", 300);
    static final int MEMBERS = Math.max(20, NOTIFICATIONS / 50);
    static final int WORKERS = 3;
    static final long SEED = Long.getLong("namc.proof.seed", 20261208L);
    static final Instant START = Instant.parse("2026-12-08T17:00:10Z");
    static final String DOMAIN = "mail.proof.example";

    final ProofClock clock = new ProofClock(START);
    final Map<String, AtomicInteger> pushes = new ConcurrentHashMap<>();
    final AtomicInteger crashesAfterSend = new AtomicInteger();
    final AtomicInteger crashesBeforeSend = new AtomicInteger();
    final AtomicInteger pushThrows = new AtomicInteger();
    final AtomicInteger gracefulStops = new AtomicInteger();
    final AtomicInteger enqueuer = new AtomicInteger();

    /** Kills the worker thread it is thrown on, as a crash would: no outcome is recorded. */
    static final class WorkerDied extends Error {
        WorkerDied() {
            super("worker died", null, false, false);
        }
    }

    /** Email over SMTP; now and then the worker dies just before or just after the server accepted. */
    final class DyingEmail implements NotificationChannel {
        private final SmtpEmailChannel smtp;
        private final SplittableRandom random;

        DyingEmail(SmtpEmailChannel smtp, long seed) {
            this.smtp = smtp;
            this.random = new SplittableRandom(seed);
        }

        @Override
        public Channel channel() {
            return Channel.EMAIL;
        }

        @Override
        public void beginBatch() {
            smtp.beginBatch();
        }

        @Override
        public void endBatch() {
            smtp.endBatch();
        }

        @Override
        public DeliveryResult deliver(Delivery delivery) {
            if (random.nextDouble() < 0.01) {
                crashesBeforeSend.incrementAndGet();
                throw new WorkerDied();
            }
            DeliveryResult result = smtp.deliver(delivery);
            if (result instanceof DeliveryResult.Delivered && random.nextDouble() < 0.01) {
                crashesAfterSend.incrementAndGet();
                throw new WorkerDied();
            }
            return result;
        }
    }

    /** A push service stand-in that throws on one call in ten. */
    final class ThrowingPush implements NotificationChannel {
        private final SplittableRandom random;

        ThrowingPush(long seed) {
            this.random = new SplittableRandom(seed);
        }

        @Override
        public Channel channel() {
            return Channel.PUSH;
        }

        @Override
        public DeliveryResult deliver(Delivery delivery) {
            if (random.nextDouble() < 0.1) {
                pushThrows.incrementAndGet();
                throw new IllegalStateException("push service exploded");
            }
            pushes.computeIfAbsent(delivery.key(), k -> new AtomicInteger()).incrementAndGet();
            return new DeliveryResult.Delivered(null);
        }
    }

    NamcPortal portal(int smtpPort, long seed) {
        SmtpSettings smtp = new SmtpSettings("127.0.0.1", smtpPort, null, null, SmtpSettings.StartTls.OFF,
                "portal@proof.example", "NAMC NorCal", null, DOMAIN, URI.create("https://portal.proof.example/"),
                Duration.ofSeconds(10));
        MustacheTemplates templates = new MustacheTemplates(new Branding("NAMC NorCal", null, "#1f4e79",
                "1390 Market St, San Francisco, CA 94102", URI.create("https://namc.example")));
        NotificationsSettings settings = new NotificationsSettings(
                new RetryPolicy(200, Duration.ofMillis(50), Duration.ofMillis(400)), Duration.ofDays(1), "en-US", 10,
                Duration.ofSeconds(15));
        NamcPortal portal = new InMemoryAdapters(clock, new SequentialIds())
                        .applyTo(NamcPortal.builder().notificationsSettings(settings)).stores(db.persistence())
                .clock(clock)
                .ids(new org.namc.shared.crypto.TimeOrderedIdGenerator(clock, new SecureRandom()))
                .notificationChannel(new DyingEmail(new SmtpEmailChannel(smtp, db.persistence().memberContacts(),
                        templates, null, clock), seed))
                .notificationChannel(new ThrowingPush(seed + 1))
                .build();
        return portal;
    }

    @Test
    void everyMessageArrivesThroughFailuresAndRestarts() throws Exception {
        long began = System.nanoTime();
        try (FlakySmtpRelay relay = new FlakySmtpRelay(GREEN_MAIL.getSmtp().getPort(), 0.10, SEED)) {
            NamcPortal setup = portal(relay.port(), SEED);
            setup.access().seedSystemRoles(Actor.system());
            NotificationsApi api = setup.notifications();
            List<MemberId> members = members(api);
            // Four senders at once, as several requests of the host would.
            List<Thread> senders = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                Thread sender = new Thread(() -> {
                    for (int i = enqueuer.getAndIncrement(); i < NOTIFICATIONS; i = enqueuer.getAndIncrement()) {
                        api.notify(Actor.system(), NotifyMember.of(members.get(i % MEMBERS), NotificationType.EVENT,
                                "Bid night update " + i, "Details of update " + i).on(Channel.EMAIL, Channel.PUSH)
                                .inCategory("event"));
                    }
                }, "sender-" + t);
                sender.start();
                senders.add(sender);
            }
            for (Thread sender : senders) {
                sender.join();
            }
            assertThat(count("select count(*) from %s.notifications")).isEqualTo(NOTIFICATIONS);
            long enqueued = System.nanoTime();

            Expected expected = expected();
            AtomicBoolean done = new AtomicBoolean();
            List<Thread> threads = new ArrayList<>();
            AtomicInteger deaths = new AtomicInteger();
            Map<Integer, NotificationWorker> current = new ConcurrentHashMap<>();
            for (int w = 0; w < WORKERS; w++) {
                int slot = w;
                Thread thread = new Thread(() -> runWorker(slot, relay.port(), done, deaths, current), "worker-" + w);
                thread.start();
                threads.add(thread);
            }
            SplittableRandom chaos = new SplittableRandom(SEED + 99);
            waitUntilSettled(expected.dueNow(), chaos, current);
            // Past every digest window and every quiet hour: the held messages go out too.
            clock.jump(Duration.ofHours(13));
            waitUntilSettled(expected.all(), chaos, current);
            done.set(true);
            for (Thread thread : threads) {
                thread.join(60_000);
            }
            long finished = System.nanoTime();

            Map<String, Integer> byMessageId = new HashMap<>();
            for (MimeMessage message : GREEN_MAIL.getReceivedMessages()) {
                byMessageId.merge(messageId(message), 1, Integer::sum);
            }
            Set<String> expectedIds = new HashSet<>();
            expected.emailKeys().forEach(k -> expectedIds.add("<" + k + "@" + DOMAIN + ">"));
            int duplicates = byMessageId.values().stream().mapToInt(n -> n - 1).sum();
            Set<String> lost = new HashSet<>(expectedIds);
            lost.removeAll(byMessageId.keySet());
            Set<String> unexpected = new HashSet<>(byMessageId.keySet());
            unexpected.removeAll(expectedIds);
            int pushDuplicates = pushes.values().stream().mapToInt(n -> n.get() - 1).sum();
            Set<String> pushLost = new HashSet<>(expected.pushKeys());
            pushLost.removeAll(pushes.keySet());

            System.out.printf("notification proof: %d notifications, %d members, %d workers, seed %d%n"
                            + "  email: %d messages expected, %d received (%d duplicates, %d lost, %d unexpected), "
                            + "%d digests; push: %d expected, %d lost, %d duplicates, %d throws%n"
                            + "  451 answers: %d; worker deaths: %d before send, %d after send; graceful stops: %d%n"
                            + "  skipped: %d opted out, %d undeliverable; enqueue %d ms, delivery %d ms%n",
                    NOTIFICATIONS, MEMBERS, WORKERS, SEED, expectedIds.size(), GREEN_MAIL.getReceivedMessages().length,
                    duplicates, lost.size(), unexpected.size(), expected.digests(), expected.pushKeys().size(),
                    pushLost.size(), pushDuplicates, pushThrows.get(), relay.refused(), crashesBeforeSend.get(),
                    crashesAfterSend.get(), gracefulStops.get(), expected.optedOut(), expected.undeliverable(),
                    (enqueued - began) / 1_000_000, (finished - enqueued) / 1_000_000);

            assertThat(lost).as("lost messages").isEmpty();
            assertThat(unexpected).as("messages nobody should have received").isEmpty();
            assertThat(byMessageId.values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(2));
            assertThat(duplicates).isLessThanOrEqualTo(crashesAfterSend.get());
            assertThat(pushLost).isEmpty();
            assertThat(pushDuplicates).isLessThanOrEqualTo(crashesAfterSend.get() + crashesBeforeSend.get());
            assertThat(relay.refused()).isPositive();
            assertThat(pushThrows.get()).isPositive();
            assertThat(count("select count(*) from %s.notification_outbox where status <> 'DELIVERED'")).isZero();
            // Quiet hours and digests: nothing held left before the clock passed their end.
            assertThat(count("select count(*) from %s.notification_outbox o where finished_at < '"
                    + START.plus(Duration.ofHours(13)) + "' and (digest or user_id in (select user_id from "
                    + "%s.notification_delivery_preferences where quiet_start is not null))")).isZero();
        }
    }

    /** Members whose index decides their preferences: quiet now, email off, undeliverable, digests, plain. */
    private List<MemberId> members(NotificationsApi api) {
        List<MemberId> members = new ArrayList<>();
        for (int i = 0; i < MEMBERS; i++) {
            MemberId id = new MemberId(UUID.randomUUID());
            String email = "m" + i + "@proof.example";
            db.persistence().members().save(aMember().withEmail(email).named("Member", "No " + i).member(id, START));
            DeliveryPreferences prefs = DeliveryPreferences.defaults(id);
            ZoneId zone = prefs.timeZone();
            LocalTime local = LocalTime.ofInstant(START, zone);
            prefs = switch (i % 6) {
                case 0 -> new DeliveryPreferences(id, zone, "en-US", Set.of(Channel.SMS), Map.of(), Set.of(),
                        prefs.digestWindow(), new QuietHours(local.minusHours(1), local.plusHours(8)));
                case 1 -> prefs.withCategoryChannelOff("event", Channel.EMAIL);
                case 2 -> prefs.withUndeliverable(Channel.EMAIL, email);
                case 3 -> new DeliveryPreferences(id, zone, "en-US", Set.of(Channel.SMS), Map.of(), Set.of("event"),
                        Duration.ofMinutes(30), null);
                default -> prefs;
            };
            db.persistence().memberPreferences().save(prefs);
            members.add(id);
        }
        return members;
    }

    private void runWorker(int slot, int smtpPort, AtomicBoolean done, AtomicInteger deaths,
                           Map<Integer, NotificationWorker> current) {
        int generation = 0;
        while (!done.get()) {
            NotificationWorker worker = new NotificationWorker(portal(smtpPort, SEED * 31 + slot * 1000L + generation++)
                    .notifications(), Actor.system());
            current.put(slot, worker);
            try {
                while (!done.get() && !worker.isStopping()) {
                    if (worker.runOnce().delivered().isEmpty()) {
                        Thread.sleep(20);
                    }
                }
            } catch (WorkerDied died) {
                deaths.incrementAndGet();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // A database hiccup ends the run; the worker starts again like a restarted process.
                deaths.incrementAndGet();
            }
        }
    }

    private void waitUntilSettled(long target, SplittableRandom chaos, Map<Integer, NotificationWorker> current)
            throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(20).toNanos();
        while (count("select count(*) from %s.notification_outbox where status = 'DELIVERED'") < target) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the outbox did not drain: " + count(
                        "select count(*) from %s.notification_outbox where status <> 'DELIVERED'") + " left");
            }
            Thread.sleep(250);
            if (chaos.nextDouble() < 0.1) {
                NotificationWorker victim = current.get(chaos.nextInt(WORKERS));
                if (victim != null && !victim.isStopping()) {
                    gracefulStops.incrementAndGet();
                    victim.shutdown(Duration.ofSeconds(30));
                }
            }
        }
    }

    record Expected(long dueNow, long all, Set<String> emailKeys, Set<String> pushKeys, long digests, long optedOut,
                    long undeliverable) {
    }

    /** What must arrive, read from the outbox: one message per single entry, one per digest group. */
    private Expected expected() throws SQLException {
        Set<String> email = new HashSet<>();
        Set<String> push = new HashSet<>();
        // Digest entries share one key: the smallest entry id of their group.
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery(("""
                     select channel::text, min(id::text) from %1$s.notification_outbox
                     where digest group by channel, user_id, category, release_at
                     union all
                     select channel::text, id::text from %1$s.notification_outbox where not digest
                     """).formatted(db.schema()))) {
            while (rows.next()) {
                (rows.getString(1).equals("EMAIL") ? email : push).add(rows.getString(2));
            }
        }
        long dueNow = count("select count(*) from %s.notification_outbox where release_at <= '" + clock.instant() + "'");
        long all = count("select count(*) from %s.notification_outbox");
        long digests = count("select count(distinct (user_id, channel, category, release_at)) from "
                + "%s.notification_outbox where digest and channel = 'EMAIL'");
        long optedOut = count("select count(*) from %s.notifications where delivery_status->'EMAIL'->>'detail' like "
                + "'member opted out%%'");
        long undeliverable = count("select count(*) from %s.notifications where delivery_status->'EMAIL'->>'detail' "
                + "like '%%undeliverable%%'");
        assertThat(optedOut).isPositive();
        assertThat(undeliverable).isPositive();
        assertThat(digests).isPositive();
        return new Expected(dueNow, all, email, push, digests, optedOut, undeliverable);
    }

    private long count(String sql) throws SQLException {
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery(sql.replace("%s", db.schema()).replace("%%", "%"))) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
