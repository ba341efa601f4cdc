package org.namc.persistence.jpa;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;

/**
 * The library's own HikariCP pools, used when the host gives a JDBC URL instead of a DataSource:
 * the primary one, and a read-only one for a read replica.
 */
final class PooledDataSources {
    static final int MAX_POOL_SIZE = 20;
    static final int MIN_IDLE = 5;
    static final Duration STATEMENT_TIMEOUT = Duration.ofSeconds(30);
    static final Duration DEFAULT_REPLICA_CONNECT_TIMEOUT = Duration.ofSeconds(2);

    private PooledDataSources() {
    }

    static HikariDataSource create(String jdbcUrl, String schema) {
        return create(JdbcUrl.parse(jdbcUrl), schema);
    }

    static HikariDataSource create(JdbcUrl url, String schema) {
        return new HikariDataSource(config(url, "namc-" + schema, schema, ""));
    }

    /**
     * A pool whose connections are read-only twice over: for the JDBC driver, and for PostgreSQL
     * itself through {@code default_transaction_read_only}, so that no write reaches a replica.
     * A replica that is down must neither fail the start nor hold a read for long: the pool
     * starts without a connection and gives up on one after {@code connectTimeout}.
     */
    static HikariDataSource createReadOnly(JdbcUrl url, String schema, Duration connectTimeout) {
        HikariConfig config = config(url, "namc-" + schema + "-replica", schema,
                " -c default_transaction_read_only=on");
        config.setReadOnly(true);
        config.setConnectionTimeout(connectTimeout.toMillis());
        config.setValidationTimeout(Math.max(250, connectTimeout.toMillis() / 2));
        config.setInitializationFailTimeout(-1);
        return new HikariDataSource(config);
    }

    private static HikariConfig config(JdbcUrl url, String poolName, String schema, String extraOptions) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(poolName);
        // Credentials go to the pool's own fields: the URL reaches the driver, HikariCP's and
        // pgjdbc's error messages and Hibernate's start-up log, the password must reach none.
        config.setJdbcUrl(withBatchedInsertRewrite(url.withoutCredentials()));
        url.user().ifPresent(config::setUsername);
        url.password().ifPresent(config::setPassword);
        config.setMaximumPoolSize(MAX_POOL_SIZE);
        config.setMinimumIdle(MIN_IDLE);
        // Startup options of every connection: no statement runs longer than the timeout, and
        // unqualified names resolve in the library's schema, then in public where PostGIS lives.
        // An "options" parameter in the URL replaces these.
        config.addDataSourceProperty("options", "-c statement_timeout=" + STATEMENT_TIMEOUT.toMillis()
                + " -c search_path=" + schema + ",public" + extraOptions);
        // Keeps row values (emails, password hashes, ciphertexts) out of exception messages and
        // logs; the constraint name, which the stores need, is still reported.
        config.addDataSourceProperty("logServerErrorDetail", "false");
        return config;
    }

    /** pgjdbc sends a JDBC batch of inserts as one multi-row INSERT only with this flag. */
    static String withBatchedInsertRewrite(String jdbcUrl) {
        if (jdbcUrl.contains("reWriteBatchedInserts=")) {
            return jdbcUrl;
        }
        return jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
    }
}
