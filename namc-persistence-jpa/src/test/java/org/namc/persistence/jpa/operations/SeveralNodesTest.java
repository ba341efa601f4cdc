package org.namc.persistence.jpa.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.namc.testing.data.MemberBuilder.aMember;
import static org.namc.testing.data.TierBuilder.aTier;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.namc.NamcPortal;
import org.namc.audit.domain.ChainVerification;
import org.namc.audit.domain.ChainVerifier;
import org.namc.billing.PaymentOutcome;
import org.namc.billing.SetPaymentMethod;
import org.namc.billing.Subscribe;
import org.namc.billing.SubscriptionOutcome;
import org.namc.billing.spi.PaymentGateway;
import org.namc.notifications.domain.NotificationType;
import org.namc.notifications.NotifyMember;
import org.namc.notifications.domain.Channel;
import org.namc.notifications.domain.Delivery;
import org.namc.notifications.domain.DeliveryResult;
import org.namc.notifications.spi.NotificationChannel;
import org.namc.persistence.jpa.JpaPersistence;
import org.namc.persistence.jpa.TestDatabase;
import org.namc.persistence.jpa.TestSchema;
import org.namc.shared.crypto.AesGcmSecretCipher;
import org.namc.shared.crypto.Keyring;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.MemberId;
import org.namc.testing.MutableClock;
import org.namc.testing.SequentialIds;
import org.namc.testing.inmemory.InMemoryAdapters;
import org.namc.testing.inmemory.InMemoryNotificationChannel;
import org.namc.testing.inmemory.InMemoryPaymentGateway;

/**
 * Three application nodes over one database, the way a portal runs on several machines: each
 * node has its own pool, entity manager factory and portal; they share the database, one clock,
 * one payment processor and one mail service. Billing runs, outbox dispatch, maintenance and
 * audit appends on all of them at once give no duplicate invoice, charge or delivery and no fork
 * of the audit chain; a node stopped in the middle of a run leaves nothing the next run does not finish.
 */
class SeveralNodesTest {
    @RegisterExtension
    static final TestSchema db = new TestSchema();
    private static final int MEMBERS = 8;
    private static final int NODES = 3;
    private static final Instant START = Instant.parse("2026-01-15T17:00:00Z");

    private static final MutableClock clock = MutableClock.at(START);
    private static final List<JpaPersistence> persistences = new ArrayList<>();

    private final InMemoryAdapters shared = new InMemoryAdapters(clock, new SequentialIds());
    private final Keyring keyring = Keyring.generate("key-1", new SecureRandom());
    private final List<Node> nodes = new ArrayList<>();
    private final List<MemberId> members = new ArrayList<>();

    /** Each node's pool and entity manager factory, built once: starting them is the slow part. */
    @BeforeAll
    static void startNodes() {
        for (int i = 0; i < NODES; i++) {
            persistences.add(JpaPersistence.builder().jdbcUrl(TestDatabase.jdbcUrl()).schema(db.schema())
                    .clock(clock).auditPartitionMonthsAhead(0).build());
        }
    }

    @AfterAll
    static void stopNodes() {
        persistences.forEach(JpaPersistence::close);
    }

    @BeforeEach
    void freshAssociation() {
        db.truncateAll();
        clock.set(START);
        for (JpaPersistence persistence : persistences) {
            nodes.add(new Node(persistence, shared, keyring));
        }
        NamcPortal first = nodes.get(0).portal;
        first.access().seedSystemRoles(Actor.system());
        aTier("GOLD").monthly("25.00").yearly("250.00").define(first.billing());
        for (int i = 0; i < MEMBERS; i++) {
            MemberId member = aMember().registerVerified(first.membership());
            first.billing().setPaymentMethod(Actor.member(member), new SetPaymentMethod(member, InMemoryPaymentGateway.VISA));
            SubscriptionOutcome outcome = first.billing().subscribe(Actor.member(member), Subscribe.monthly(member, "GOLD"));
            assertThat(((SubscriptionOutcome.Started) outcome).firstPayment()).isInstanceOf(PaymentOutcome.Succeeded.class);
            first.notifications().notify(Actor.system(), NotifyMember.of(member, NotificationType.SYSTEM,
                    "Welcome", "Glad to have you"));
            members.add(member);
        }
        clock.advance(Duration.ofDays(32)); // every subscription's renewal is due, and next month's audit partition
    }

    @Test
    void billingDispatchMaintenanceAndAuditOnAllNodesAtOnceDoEachThingOnce() throws Exception {
        CyclicBarrier start = new CyclicBarrier(NODES * 4);
        List<Callable<Object>> work = new ArrayList<>();
        for (Node node : nodes) {
            work.add(() -> awaitThen(start, () -> node.portal.billing().runBilling(Actor.system())));
            work.add(() -> awaitThen(start, () -> node.portal.notifications().dispatch(Actor.system())));
            work.add(() -> awaitThen(start, () -> node.persistence.maintenance().runAll()));
            work.add(() -> awaitThen(start, () -> aMember().registerVerified(node.portal.membership())));
        }

        runAll(work);

        assertEachThingHappenedOnce();
    }

    @Test
    void aNodeStoppedMidRunLeavesNothingTheNextRunDoesNotFinish() throws SQLException {
        Node stopping = nodes.get(2);
        stopping.stopAtCharge.set(3);
        stopping.stopAtEmail.set(4);

        assertThatThrownBy(() -> stopping.portal.billing().runBilling(Actor.system())).isInstanceOf(NodeStopped.class);
        assertThatThrownBy(() -> stopping.portal.notifications().dispatch(Actor.system())).isInstanceOf(NodeStopped.class);
        clock.advance(Duration.ofHours(1)); // the stopped node's outbox claims have lapsed
        // Reconcile finds the charge the stopped node recorded but never sent, and fails it;
        // dunning's first retry (three days on) charges that invoice again.
        nodes.get(0).portal.billing().runBilling(Actor.system());
        clock.advance(Duration.ofDays(3));
        nodes.get(0).portal.billing().runBilling(Actor.system());
        nodes.get(0).portal.notifications().dispatch(Actor.system());

        assertEachThingHappenedOnce();
    }

    private void assertEachThingHappenedOnce() throws SQLException {
        // Two invoices per member (the first period and the renewal), each paid by one charge.
        assertThat(count("select count(*) from invoices")).isEqualTo(2L * MEMBERS);
        assertThat(count("select count(*) from (select subscription_id, period_start from invoices"
                + " group by 1, 2 having count(*) > 1) duplicated")).isZero();
        assertThat(shared.paymentGateway().charges()).filteredOn(c -> c.status().equals("succeeded"))
                .hasSize(2 * MEMBERS);
        assertThat(count("select count(*) from payments where status = 'SUCCEEDED'")).isEqualTo(2L * MEMBERS);
        // Every outbox entry delivered, each exactly once.
        assertThat(count("select count(*) from notification_outbox where status <> 'DELIVERED'")).isZero();
        for (Channel channel : List.of(Channel.IN_APP, Channel.EMAIL)) {
            List<String> keys = shared.channel(channel).delivered().stream().map(Delivery::key).toList();
            assertThat(keys).doesNotHaveDuplicates();
            assertThat((long) keys.size()).isEqualTo(count(
                    "select count(*) from notification_outbox where channel = '" + channel + "'"));
        }
        // One unbroken audit chain: no two entries share a sequence.
        ChainVerifier verifier = ChainVerifier.fromGenesis();
        persistences.get(0).auditEntries().chain(1, Integer.MAX_VALUE).forEach(verifier::accept);
        assertThat(verifier.result()).isInstanceOf(ChainVerification.Intact.class);
        assertThat(count("select count(*) - count(distinct sequence) from audit_logs")).isZero();
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement()) {
            statement.execute("set search_path = " + db.schema());
            try (ResultSet row = statement.executeQuery(sql)) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static Object awaitThen(CyclicBarrier start, Callable<?> action) throws Exception {
        start.await();
        return action.call();
    }

    private static void runAll(List<Callable<Object>> work) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(work.size());
        try {
            List<Future<Object>> results = threads.invokeAll(work);
            for (Future<Object> result : results) {
                result.get();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    /** The process dying at that point: nothing after it runs, the running unit of work rolls back. */
    static final class NodeStopped extends Error {
        private static final long serialVersionUID = 1L;

        NodeStopped() {
            super("node stopped");
        }
    }

    /**
     * One node: its own pool and portal, the shared stores' database and the shared processor and
     * mail service, each reached through a switch that can stop the node at its n-th call.
     */
    private static final class Node {
        final JpaPersistence persistence;
        final NamcPortal portal;
        final AtomicInteger stopAtCharge = new AtomicInteger();
        final AtomicInteger stopAtEmail = new AtomicInteger();

        Node(JpaPersistence persistence, InMemoryAdapters shared, Keyring keyring) {
            this.persistence = persistence;
            InMemoryPaymentGateway gateway = shared.paymentGateway();
            AtomicInteger charges = new AtomicInteger();
            PaymentGateway stoppable = StoppableGateway.wrap(gateway, () -> {
                if (charges.incrementAndGet() == stopAtCharge.get()) {
                    throw new NodeStopped();
                }
            });
            InMemoryNotificationChannel email = shared.channel(Channel.EMAIL);
            AtomicInteger emails = new AtomicInteger();
            NotificationChannel stoppableEmail = new NotificationChannel() {
                @Override
                public Channel channel() {
                    return Channel.EMAIL;
                }

                @Override
                public DeliveryResult deliver(Delivery delivery) {
                    if (emails.incrementAndGet() == stopAtEmail.get()) {
                        throw new NodeStopped();
                    }
                    return email.deliver(delivery);
                }
            };
            this.portal = shared.applyTo(NamcPortal.builder()).stores(persistence)
                    .paymentGateway(stoppable)
                    .notificationChannel(stoppableEmail)
                    .secretCipher(new AesGcmSecretCipher(keyring, new SecureRandom()))
                    .build();
        }
    }
}
