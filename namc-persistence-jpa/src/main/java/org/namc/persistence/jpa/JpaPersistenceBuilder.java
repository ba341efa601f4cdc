package org.namc.persistence.jpa;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.namc.persistence.jpa.shared.ReplicaPolicy;

/**
 * Configures and starts {@link JpaPersistence}. Give either a {@link DataSource} (the host's
 * pool, left open on close) or a JDBC URL (the library then runs its own HikariCP pool).
 * {@link #build()} migrates the schema with Flyway, validates the JPA model against it, and
 * creates the audit trail's monthly partitions for the coming months.
 *
 * <p>A host's own DataSource must keep PostGIS's schema (normally {@code public}) on its
 * connections' search_path; the library's pool sets {@code <schema>, public} itself.
 *
 * <p>Optionally, a read replica serves {@link JpaPersistence#readOnlyQueries()}; without one,
 * those reads run on the primary.
 */
public final class JpaPersistenceBuilder {
    /** Unquoted PostgreSQL identifiers only: the name is written into SQL and must need no quoting. */
    private static final Pattern SCHEMA_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private @Nullable DataSource dataSource;
    private @Nullable String jdbcUrl;
    private @Nullable DataSource readReplica;
    private @Nullable String readReplicaJdbcUrl;
    private String schema = "namc";
    private int auditPartitionMonthsAhead = 12;
    private Clock clock = Clock.systemUTC();
    private boolean collectStatistics;
    private Duration replicaCatchUpWait = ReplicaPolicy.DEFAULT_CATCH_UP_WAIT;
    private Duration replicaRetryAfter = ReplicaPolicy.DEFAULT_RETRY_AFTER;
    private Duration replicaConnectTimeout = PooledDataSources.DEFAULT_REPLICA_CONNECT_TIMEOUT;

    JpaPersistenceBuilder() {
    }

    /** The host's DataSource; the library neither configures nor closes it. */
    public JpaPersistenceBuilder dataSource(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        return this;
    }

    /**
     * A {@code jdbc:postgresql:} URL for the library's own pool (20 connections at most, 5 idle,
     * 30 s statement timeout, batched inserts rewritten). Its {@code user} and {@code password}
     * parameters go to the pool apart from the URL, so that no log line or error message that
     * shows the URL shows the password.
     */
    public JpaPersistenceBuilder jdbcUrl(String jdbcUrl) {
        this.jdbcUrl = Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        return this;
    }

    /**
     * The host's DataSource for a read replica of the primary (e.g. a streaming-replication
     * standby), never migrated and never written to; the library does not close it.
     */
    public JpaPersistenceBuilder readReplica(DataSource readReplica) {
        this.readReplica = Objects.requireNonNull(readReplica, "readReplica");
        return this;
    }

    /**
     * A {@code jdbc:postgresql:} URL of a read replica, for a read-only pool of the library's own
     * with the same limits as the primary's and {@code default_transaction_read_only} on.
     */
    public JpaPersistenceBuilder readReplicaJdbcUrl(String readReplicaJdbcUrl) {
        this.readReplicaJdbcUrl = Objects.requireNonNull(readReplicaJdbcUrl, "readReplicaJdbcUrl");
        return this;
    }

    /**
     * How long a read that must see the calling thread's own write (see
     * {@link org.namc.persistence.jpa.shared.ReadOnlyQueries}) waits for the replica to replay it
     * before it runs on the primary; 250 ms by default, 0 to go to the primary at once.
     */
    public JpaPersistenceBuilder replicaCatchUpWait(Duration wait) {
        this.replicaCatchUpWait = Objects.requireNonNull(wait, "wait");
        return this;
    }

    /** How long reads stay on the primary after the replica could not be reached; 10 s by default. */
    public JpaPersistenceBuilder replicaRetryAfter(Duration retryAfter) {
        this.replicaRetryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
        return this;
    }

    /**
     * How long a read waits for a connection of the library's replica pool before it counts the
     * replica as unreachable and runs on the primary: the bound on the delay a replica outage
     * adds to a read; 2 s by default, at least 250 ms (HikariCP's minimum).
     */
    public JpaPersistenceBuilder replicaConnectTimeout(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.compareTo(Duration.ofMillis(250)) < 0 || timeout.compareTo(Duration.ofMinutes(1)) > 0) {
            throw new IllegalArgumentException("the replica connect timeout must be between 250 ms and 1 min, not " + timeout);
        }
        this.replicaConnectTimeout = timeout;
        return this;
    }

    /** The schema for the library's tables and its Flyway history; {@code namc} by default. */
    public JpaPersistenceBuilder schema(String schema) {
        this.schema = Objects.requireNonNull(schema, "schema");
        return this;
    }

    /** How many months after the current one get an audit partition at start; 12 by default. */
    public JpaPersistenceBuilder auditPartitionMonthsAhead(int months) {
        if (months < 0 || months > 119) {
            throw new IllegalArgumentException("months ahead must be between 0 and 119, not " + months);
        }
        this.auditPartitionMonthsAhead = months;
        return this;
    }

    /**
     * Which month is "current" for the audit partitions, and where the maintenance cutoffs
     * count from; the system's UTC clock by default.
     */
    public JpaPersistenceBuilder clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    /**
     * Turns on Hibernate's statistics (statements prepared, entities loaded, ...), read through
     * {@link JpaPersistence#statistics()}; off by default, as counting costs a little on every call.
     */
    public JpaPersistenceBuilder collectStatistics(boolean collect) {
        this.collectStatistics = collect;
        return this;
    }

    /**
     * @throws IllegalStateException when neither or both of a DataSource and a JDBC URL were given,
     *     or both for the read replica
     * @throws IllegalArgumentException when the schema name is not a plain lower-case identifier,
     *     a JDBC URL is not one the library's pool accepts (see {@link JdbcUrl#parse}), or a replica
     *     wait is out of its range (see {@link ReplicaPolicy})
     */
    public JpaPersistence build() {
        if ((dataSource == null) == (jdbcUrl == null)) {
            throw new IllegalStateException("JpaPersistence needs exactly one of dataSource(..) and jdbcUrl(..)");
        }
        if (readReplica != null && readReplicaJdbcUrl != null) {
            throw new IllegalStateException("JpaPersistence takes at most one of readReplica(..) and readReplicaJdbcUrl(..)");
        }
        if (!SCHEMA_NAME.matcher(schema).matches()) {
            throw new IllegalArgumentException("the schema name must match " + SCHEMA_NAME.pattern()
                    + " (an unquoted lower-case PostgreSQL identifier)");
        }
        ReplicaPolicy replicaPolicy = new ReplicaPolicy(replicaCatchUpWait, replicaRetryAfter, clock);
        JdbcUrl primaryUrl = jdbcUrl == null ? null : JdbcUrl.parse(jdbcUrl);
        JdbcUrl replicaUrl = readReplicaJdbcUrl == null ? null : JdbcUrl.parse(readReplicaJdbcUrl);
        HikariDataSource ownedPool = primaryUrl == null ? null : PooledDataSources.create(primaryUrl, schema);
        DataSource connections = ownedPool != null ? ownedPool : Objects.requireNonNull(dataSource);
        EntityManagerFactory entityManagerFactory = null;
        ReadReplica replica = null;
        try {
            SchemaMigrations.migrate(connections, schema);
            entityManagerFactory = EntityManagerFactories.create(connections, schema, collectStatistics);
            replica = openReadReplica(replicaUrl);
            JpaPersistence persistence = new JpaPersistence(entityManagerFactory, connections, ownedPool, schema, replica, clock,
                    auditPartitionMonthsAhead, replicaPolicy);
            persistence.maintenance().ensureAuditPartitions();
            return persistence;
        } catch (RuntimeException failure) {
            throw Resources.closedAfter(failure, replica, entityManagerFactory, ownedPool);
        }
    }

    private @Nullable ReadReplica openReadReplica(@Nullable JdbcUrl replicaUrl) {
        if (replicaUrl != null) {
            return ReadReplica.onOwnPool(replicaUrl, schema, collectStatistics, replicaConnectTimeout);
        }
        return readReplica == null ? null : ReadReplica.onHostDataSource(readReplica, schema, collectStatistics);
    }
}
