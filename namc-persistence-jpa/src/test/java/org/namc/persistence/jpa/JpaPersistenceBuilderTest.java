package org.namc.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.namc.testing.data.MemberBuilder.aMember;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.namc.membership.domain.Member;
import org.namc.shared.domain.GeoPoint;
import org.namc.shared.domain.MemberId;

/** Starting the library: what it refuses before touching a database, and a host's own DataSource. */
class JpaPersistenceBuilderTest {

    @Test
    void needsExactlyOneSourceOfConnections() {
        assertThatThrownBy(() -> JpaPersistence.builder().build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("exactly one");
        assertThatThrownBy(() -> JpaPersistence.builder().jdbcUrl("jdbc:postgresql://h/db")
                .dataSource(new HikariDataSource()).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("exactly one");
    }

    @Test
    void refusesSchemaNamesThatWouldNeedQuoting() {
        for (String name : new String[] {"Namc", "namc;drop", "1namc", "", "namc-core", "a".repeat(64)}) {
            assertThatThrownBy(() -> JpaPersistence.builder().jdbcUrl("jdbc:postgresql://h/db").schema(name).build())
                    .as(name).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void refusesReplicaWaitsOutsideTheirRangesBeforeConnecting() {
        assertThatThrownBy(() -> JpaPersistence.builder().replicaConnectTimeout(java.time.Duration.ofMillis(100)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("250 ms");
        assertThatThrownBy(() -> JpaPersistence.builder().jdbcUrl("jdbc:postgresql://h/db")
                .replicaCatchUpWait(java.time.Duration.ofSeconds(31)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("catchUpWait");
        assertThatThrownBy(() -> JpaPersistence.builder().jdbcUrl("jdbc:postgresql://h/db")
                .replicaRetryAfter(java.time.Duration.ZERO).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("retryAfter");
    }

    @Test
    void refusesNonPostgresUrls() {
        assertThatThrownBy(() -> JpaPersistence.builder().jdbcUrl("jdbc:h2:mem:x").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jdbc:postgresql:");
    }

    @Test
    void asksTheDriverToRewriteBatchedInserts() {
        assertThat(PooledDataSources.withBatchedInsertRewrite("jdbc:postgresql://h/db"))
                .isEqualTo("jdbc:postgresql://h/db?reWriteBatchedInserts=true");
        assertThat(PooledDataSources.withBatchedInsertRewrite("jdbc:postgresql://h/db?user=u"))
                .isEqualTo("jdbc:postgresql://h/db?user=u&reWriteBatchedInserts=true");
        assertThat(PooledDataSources.withBatchedInsertRewrite("jdbc:postgresql://h/db?reWriteBatchedInserts=false"))
                .endsWith("reWriteBatchedInserts=false");
    }

    @Test
    void runsOnAHostsDataSourceAndLeavesItOpen() throws SQLException {
        String schema = TestSchema.uniqueName(getClass());
        HikariConfig config = new HikariConfig();
        JdbcUrl url = JdbcUrl.parse(TestDatabase.jdbcUrl());
        config.setJdbcUrl(url.withoutCredentials());
        url.user().ifPresent(config::setUsername);
        url.password().ifPresent(config::setPassword);
        config.setMaximumPoolSize(4);
        try (HikariDataSource host = new HikariDataSource(config)) {
            Member member = aMember().at(GeoPoint.of(38.58, -121.49)).member(new MemberId(UUID.randomUUID()),
                    Instant.parse("2026-03-01T10:00:00Z"));
            try (JpaPersistence persistence = JpaPersistence.builder().dataSource(host).schema(schema).build()) {
                persistence.members().save(member);
                assertThat(persistence.members().findById(member.id()).orElseThrow().profile().location())
                        .isEqualTo(GeoPoint.of(38.58, -121.49));
            }
            assertThat(host.isClosed()).isFalse();
        } finally {
            TestSchema.dropSchema(schema);
        }
    }

    @Test
    void itsOwnSettingsOutrankAHostsSystemProperties() throws SQLException {
        String schema = TestSchema.uniqueName(getClass());
        Member member = aMember().member(new MemberId(UUID.randomUUID()), Instant.parse("2026-03-01T10:00:00Z"));
        try {
            try (JpaPersistence first = JpaPersistence.builder().jdbcUrl(TestDatabase.jdbcUrl()).schema(schema).build()) {
                first.members().save(member);
            }
            System.setProperty("jakarta.persistence.schema-generation.database.action", "drop-and-create");
            System.setProperty("hibernate.hbm2ddl.auto", "create-drop");
            try (JpaPersistence second = JpaPersistence.builder().jdbcUrl(TestDatabase.jdbcUrl()).schema(schema).build()) {
                assertThat(second.members().findById(member.id())).isPresent();
            }
        } finally {
            System.clearProperty("jakarta.persistence.schema-generation.database.action");
            System.clearProperty("hibernate.hbm2ddl.auto");
            TestSchema.dropSchema(schema);
        }
    }
}
