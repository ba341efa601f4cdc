package org.namc.persistence.jpa;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;

/** The library's own HikariCP pool, used when the host gives a JDBC URL instead of a DataSource. */
final class PooledDataSources {
    static final int MAX_POOL_SIZE = 20;
    static final int MIN_IDLE = 5;
    static final Duration STATEMENT_TIMEOUT = Duration.ofSeconds(30);

    private PooledDataSources() {
    }

    static HikariDataSource create(String jdbcUrl, String schema) {
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("the JDBC URL must start with jdbc:postgresql:");
        }
        HikariConfig config = new HikariConfig();
        config.setPoolName("namc-" + schema);
        config.setJdbcUrl(withBatchedInsertRewrite(jdbcUrl));
        config.setMaximumPoolSize(MAX_POOL_SIZE);
        config.setMinimumIdle(MIN_IDLE);
        // Startup options of every connection: no statement runs longer than the timeout, and
        // unqualified names resolve in the library's schema, then in public where PostGIS lives.
        // An "options" parameter in the URL replaces these.
        config.addDataSourceProperty("options", "-c statement_timeout=" + STATEMENT_TIMEOUT.toMillis()
                + " -c search_path=" + schema + ",public");
        // Keeps row values (emails, password hashes, ciphertexts) out of exception messages and
        // logs; the constraint name, which the stores need, is still reported.
        config.addDataSourceProperty("logServerErrorDetail", "false");
        return new HikariDataSource(config);
    }

    /** pgjdbc sends a JDBC batch of inserts as one multi-row INSERT only with this flag. */
    static String withBatchedInsertRewrite(String jdbcUrl) {
        if (jdbcUrl.contains("reWriteBatchedInserts=")) {
            return jdbcUrl;
        }
        return jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
    }
}
