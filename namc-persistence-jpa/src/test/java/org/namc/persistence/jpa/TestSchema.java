package org.namc.persistence.jpa;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import com.zaxxer.hikari.HikariDataSource;
import org.hibernate.stat.Statistics;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh schema per test class, migrated and wrapped in a {@link JpaPersistence}, dropped
 * after the class: test classes never see each other's rows. Register it as a static field:
 * {@code @RegisterExtension static final TestSchema db = new TestSchema();}
 */
public final class TestSchema implements BeforeAllCallback, AfterAllCallback {
    private final @Nullable Duration connectionWait;
    private @Nullable String schema;
    private @Nullable JpaPersistence persistence;
    private @Nullable HikariDataSource burstPool;

    public TestSchema() {
        this(null);
    }

    private TestSchema(@Nullable Duration connectionWait) {
        this.connectionWait = connectionWait;
    }

    /**
     * For suites that start hundreds of units of work at once: the library's pool, except that a
     * caller waits up to {@code connectionWait} for a connection (HikariCP's default is 30 s), as a
     * host expecting such bursts would configure it.
     */
    public static TestSchema forBursts(Duration connectionWait) {
        return new TestSchema(connectionWait);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        schema = uniqueName(context.getRequiredTestClass());
        JpaPersistenceBuilder builder = JpaPersistence.builder().schema(schema).auditPartitionMonthsAhead(1)
                .collectStatistics(true);
        if (connectionWait == null) {
            builder.jdbcUrl(TestDatabase.jdbcUrl());
        } else {
            burstPool = PooledDataSources.create(TestDatabase.jdbcUrl(), schema);
            burstPool.setConnectionTimeout(connectionWait.toMillis());
            builder.dataSource(burstPool);
        }
        persistence = builder.build();
    }

    @Override
    public void afterAll(ExtensionContext context) throws SQLException {
        try {
            if (persistence != null) {
                persistence.close();
            }
            if (burstPool != null) {
                burstPool.close();
            }
        } finally {
            if (schema != null) {
                dropSchema(schema);
            }
        }
    }

    public JpaPersistence persistence() {
        return Objects.requireNonNull(persistence, "the schema is created before the test class runs");
    }

    public String schema() {
        return Objects.requireNonNull(schema);
    }

    /**
     * How many JDBC statements {@code action} prepared: listings must not grow with their rows
     * (no N+1), so tests compare this count for a few rows and for many.
     */
    public long statementsOf(Runnable action) {
        Statistics statistics = persistence().statistics();
        statistics.clear();
        action.run();
        return statistics.getPrepareStatementCount();
    }

    /** Empties every table of the schema (not Flyway's history), between tests that need empty stores. */
    public void truncateAll() {
        try (Connection connection = TestDatabase.connect()) {
            List<String> tables = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("""
                    select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                    where n.nspname = ? and c.relkind in ('r', 'p') and not c.relispartition
                      and c.relname <> 'namc_schema_history'""")) {
                query.setString(1, schema());
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        tables.add(schema() + "." + rows.getString(1));
                    }
                }
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("TRUNCATE " + String.join(", ", tables) + " CASCADE");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not empty schema " + schema, e);
        }
    }

    public static void dropSchema(String name) throws SQLException {
        try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
        }
    }

    /** namc_t_&lt;class&gt;_&lt;random&gt;, within PostgreSQL's 63 characters. */
    public static String uniqueName(Class<?> testClass) {
        String base = testClass.getSimpleName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        String suffix = Integer.toHexString(ThreadLocalRandom.current().nextInt(0x100000, 0xFFFFFF));
        return "namc_t_" + base.substring(0, Math.min(base.length(), 40)) + "_" + suffix;
    }
}
