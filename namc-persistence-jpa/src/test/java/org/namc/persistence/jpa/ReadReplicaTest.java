package org.namc.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.namc.testing.data.MemberBuilder.aMember;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.namc.membership.domain.Member;
import org.namc.persistence.jpa.shared.ReadOnlyQueries;
import org.namc.shared.domain.MemberId;

/**
 * Reads on a read replica, played by a second pool on the test database: they see what the
 * primary committed, run read-only, and PostgreSQL refuses a write made through them.
 */
class ReadReplicaTest {
    /** PostgreSQL's read_only_sql_transaction. */
    private static final String READ_ONLY_TRANSACTION = "25006";
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private static String schema;
    private static JpaPersistence withReplicaUrl;

    @BeforeAll
    static void start() {
        schema = TestSchema.uniqueName(ReadReplicaTest.class);
        withReplicaUrl = JpaPersistence.builder().jdbcUrl(TestDatabase.jdbcUrl())
                .readReplicaJdbcUrl(TestDatabase.jdbcUrl()).schema(schema).auditPartitionMonthsAhead(0).build();
    }

    @AfterAll
    static void stop() throws SQLException {
        try {
            withReplicaUrl.close();
        } finally {
            TestSchema.dropSchema(schema);
        }
    }

    @Test
    void readsWhatThePrimaryCommittedInAReadOnlyTransactionOfTheReplicaPool() {
        Member member = withReplicaUrl.members().save(newMember());

        List<Object> row = settingsAndEmail(withReplicaUrl.readOnlyQueries(), member);

        assertThat(row).containsExactly("on", "on", member.email().value());
    }

    @Test
    void postgresRefusesWritesThroughTheReplicaPool() {
        assertThat(sqlStateOfWrite(withReplicaUrl.readOnlyQueries())).isEqualTo(READ_ONLY_TRANSACTION);
    }

    @Test
    void aHostsReplicaDataSourceIsReadOnlyToo() throws SQLException {
        JdbcUrl url = JdbcUrl.parse(TestDatabase.jdbcUrl());
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url.withoutCredentials() + (url.withoutCredentials().contains("?") ? "&" : "?")
                + "options=-c%20search_path%3D" + schema + ",public");
        url.user().ifPresent(config::setUsername);
        url.password().ifPresent(config::setPassword);
        config.setMaximumPoolSize(2);
        try (HikariDataSource hostReplica = new HikariDataSource(config)) {
            try (JpaPersistence persistence = JpaPersistence.builder().jdbcUrl(TestDatabase.jdbcUrl())
                    .readReplica(hostReplica).schema(schema).auditPartitionMonthsAhead(0).build()) {
                Member member = persistence.members().save(newMember());

                assertThat(settingsAndEmail(persistence.readOnlyQueries(), member))
                        .containsExactly("off", "on", member.email().value());
                assertThat(sqlStateOfWrite(persistence.readOnlyQueries())).isEqualTo(READ_ONLY_TRANSACTION);
            }
            assertThat(hostReplica.isClosed()).isFalse();
        }
    }

    @Test
    void withoutAReplicaReadsRunReadOnlyOnThePrimary() {
        try (JpaPersistence primaryOnly = JpaPersistence.builder().jdbcUrl(TestDatabase.jdbcUrl()).schema(schema)
                .auditPartitionMonthsAhead(0).build()) {
            Member member = primaryOnly.members().save(newMember());

            assertThat(settingsAndEmail(primaryOnly.readOnlyQueries(), member))
                    .containsExactly("off", "on", member.email().value());
            assertThat(sqlStateOfWrite(primaryOnly.readOnlyQueries())).isEqualTo(READ_ONLY_TRANSACTION);
        }
    }

    @Test
    void insideAUnitOfWorkAReadJoinsItAndSeesItsWrites() {
        Member member = newMember();

        List<Object> seen = withReplicaUrl.transactions().inTransaction(() -> {
            withReplicaUrl.members().save(member);
            return settingsAndEmail(withReplicaUrl.readOnlyQueries(), member);
        });

        assertThat(seen).containsExactly("off", "off", member.email().value());
    }

    @Test
    void aReadInsideAReadJoinsIt() {
        ReadOnlyQueries reads = withReplicaUrl.readOnlyQueries();

        List<Object> backends = reads.read(em -> List.of(backendPid(em), reads.read(ReadReplicaTest::backendPid)));

        assertThat(backends.get(1)).isEqualTo(backends.get(0));
    }

    private static Object backendPid(EntityManager em) {
        return em.createNativeQuery("select pg_backend_pid()").getSingleResult();
    }

    private static List<Object> settingsAndEmail(ReadOnlyQueries reads, Member member) {
        Object[] row = reads.read(em -> (Object[]) em.createNativeQuery("""
                        select current_setting('default_transaction_read_only'), current_setting('transaction_read_only'),
                               (select email from users where id = :id)""")
                .setParameter("id", member.id().value()).getSingleResult());
        return List.of(row);
    }

    private static String sqlStateOfWrite(ReadOnlyQueries reads) {
        Throwable failure = catchThrowable(() -> reads.read(em -> em.createNativeQuery(
                "update users set first_name = 'Changed'").executeUpdate()));
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql.getSQLState();
            }
        }
        throw new AssertionError("no SQLException behind " + failure);
    }

    private static Member newMember() {
        return aMember().member(new MemberId(UUID.randomUUID()), NOW);
    }
}
