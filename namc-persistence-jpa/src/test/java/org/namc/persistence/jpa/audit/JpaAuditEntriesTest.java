package org.namc.persistence.jpa.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.namc.audit.domain.AuditEntry;
import org.namc.audit.domain.ChainVerifier;
import org.namc.audit.domain.RequestContext;
import org.namc.audit.spi.AuditEntries;
import org.namc.persistence.jpa.TestDatabase;
import org.namc.persistence.jpa.TestSchema;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.AuditRecord;
import org.namc.shared.domain.AuditRecord.Change;
import org.namc.shared.domain.AuditRecord.Outcome;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.PageRequest;
import org.namc.shared.spi.Transactions;
import org.namc.testing.contract.AuditEntriesContract;

class JpaAuditEntriesTest extends AuditEntriesContract {
    @RegisterExtension
    static final TestSchema db = new TestSchema();

    @BeforeEach
    void emptyStore() {
        db.truncateAll();
    }

    @Override
    protected AuditEntries entries() {
        return db.persistence().auditEntries();
    }

    @Override
    protected Transactions transactions() {
        return db.persistence().transactions();
    }

    @Test
    void keepsNanosecondsAndTheClientAddressAsGivenSoTheHashStillMatches() throws SQLException {
        Instant at = Instant.parse("2026-03-31T23:59:59.999999999Z");
        db.persistence().auditLogMaintenance().ensureMonthlyPartitions(YearMonth.of(2026, 3), 2);
        AuditRecord record = new AuditRecord(at, Actor.member(new MemberId(UUID.randomUUID())), "member.login",
                "member", null, Outcome.FAILURE, ErrorCode.INVALID_CREDENTIALS,
                Map.of("failedLoginAttempts", new Change("0", "1")));
        AuditEntry entry = AuditEntry.next(null, UUID.randomUUID(), record, List.of("MEMBER"),
                new RequestContext("r", "s", "2001:DB8::1", "agent"));
        transactions().run(() -> entries().append(entry));

        assertThat(entries().head()).contains(entry);
        assertThat(entries().head().orElseThrow().hashMatches()).isTrue();
        assertThat(entries().between(at, at.plusNanos(1), PageRequest.first(5)).items()).containsExactly(entry);
        assertThat(entries().between(at.minusNanos(1), at, PageRequest.first(5)).items()).isEmpty();
        assertThat(rows("SELECT sequence, actor_roles, ip_address, category, severity, timestamp_nanos,"
                + " tableoid::regclass::text LIKE '%y2026m03' FROM " + db.schema() + ".audit_logs"))
                .containsExactly("1|{MEMBER}|2001:DB8::1|security|WARNING|999|t");
    }

    /** Units that read the head and append concurrently queue up on the chain lock; none is refused, none forks. */
    @Test
    void concurrentUnitsExtendOneChain() throws Exception {
        int writers = 8;
        int perWriter = 10;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perWriter; i++) {
                        transactions().run(() -> entries().append(AuditEntry.next(entries().head().orElse(null),
                                UUID.randomUUID(), new AuditRecord(T0, Actor.system(), "member.unlock", "member",
                                        null, Outcome.SUCCESS, null, Map.of()), List.of("SYSTEM"),
                                RequestContext.NONE)));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        List<AuditEntry> chain = entries().chain(1, 1_000);
        assertThat(chain).extracting(AuditEntry::sequence).containsExactlyElementsOf(
                java.util.stream.LongStream.rangeClosed(1, writers * perWriter).boxed().toList());
        ChainVerifier verifier = ChainVerifier.fromGenesis();
        chain.forEach(verifier::accept);
        assertThat(verifier.result().isIntact()).isTrue();
    }

    @Test
    void rowsFromBeforeTheChainAreNoPartOfIt() throws SQLException {
        execute("INSERT INTO " + db.schema() + ".audit_logs (event_type, resource_type, action, actor_kind, timestamp)"
                + " VALUES ('USE_CASE', 'member', 'member.unlock', 'SYSTEM', '2026-03-01T10:00:00Z')");

        assertThat(entries().head()).isEmpty();
        assertThat(entries().between(Instant.EPOCH, T0.plusSeconds(60), PageRequest.first(5)).totalItems()).isZero();
    }

    /** Every row as its columns joined with '|'. */
    static List<String> rows(String sql) throws SQLException {
        try (Connection connection = TestDatabase.connect(); PreparedStatement query = connection.prepareStatement(sql);
             ResultSet rows = query.executeQuery()) {
            List<String> result = new ArrayList<>();
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i > 1 ? "|" : "").append(rows.getString(i));
                }
                result.add(row.toString());
            }
            return result;
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = TestDatabase.connect(); var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
