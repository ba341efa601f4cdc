package org.namc.persistence.jpa;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * A read replica's entity manager factory and, when the library created it, its read-only pool.
 * Flyway never runs on it: a replica receives the primary's migrations by replication.
 */
record ReadReplica(DataSource dataSource, EntityManagerFactory entityManagerFactory,
        @Nullable HikariDataSource ownedPool) implements AutoCloseable {

    static ReadReplica onHostDataSource(DataSource replica, String schema, boolean collectStatistics) {
        return new ReadReplica(replica, EntityManagerFactories.createForReplica(replica, schema, collectStatistics), null);
    }

    static ReadReplica onOwnPool(JdbcUrl url, String schema, boolean collectStatistics, Duration connectTimeout) {
        HikariDataSource pool = PooledDataSources.createReadOnly(url, schema, connectTimeout);
        try {
            return new ReadReplica(pool, EntityManagerFactories.createForReplica(pool, schema, collectStatistics), pool);
        } catch (RuntimeException failure) {
            throw Resources.closedAfter(failure, pool);
        }
    }

    @Override
    public void close() {
        Resources.closeAll(entityManagerFactory, ownedPool);
    }

    @Override
    public String toString() {
        return "the read replica";
    }
}
