package org.namc.persistence.jpa.health;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.namc.persistence.jpa.health.PersistenceHealth.OutboxBacklog;
import org.namc.persistence.jpa.health.PersistenceHealth.PoolUsage;
import org.namc.persistence.jpa.health.PersistenceHealth.ReplicationLag;
import org.namc.persistence.jpa.health.PersistenceHealth.SlowStatement;
import org.namc.persistence.jpa.health.PersistenceHealth.TableSize;
import org.namc.persistence.jpa.health.PersistenceHealth.UnusedIndex;
import org.namc.persistence.jpa.shared.WalPosition;

/**
 * Reads {@link PersistenceHealth} from the statistics views every PostgreSQL role may read
 * ({@code pg_stat_user_indexes}, the size functions, the recovery functions), plus
 * {@code pg_stat_statements} when the database has it. Each read runs on a connection of its own,
 * outside any unit of work; none takes a lock a portal's work would wait for.
 */
public final class HealthReport {
    private static final Pattern AUDIT_PARTITION = Pattern.compile("audit_logs_y(\\d{4})m(\\d{2})");
    private static final int SLOW_STATEMENTS = 10;

    private final DataSource primary;
    private final @Nullable DataSource replica;
    private final String schema;
    private final Clock clock;

    /** @param schema the library's schema, already validated as a plain lower-case identifier */
    public HealthReport(DataSource primary, @Nullable DataSource replica, String schema, Clock clock) {
        this.primary = Objects.requireNonNull(primary, "primary");
        this.replica = replica;
        this.schema = Objects.requireNonNull(schema, "schema");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public PersistenceHealth measure() {
        Instant now = clock.instant();
        try (Connection connection = primary.getConnection()) {
            return new PersistenceHealth(now, poolUsage(primary), replica == null ? Optional.empty() : poolUsage(replica),
                    replica == null ? Optional.empty() : Optional.of(replicationLag(connection, replica, now)),
                    outbox(connection, now), auditPartitionsAhead(connection, now), tables(connection),
                    unusedIndexes(connection), slowStatements(connection));
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the database's health (SQLSTATE " + e.getSQLState() + ")", e);
        }
    }

    static Optional<PoolUsage> poolUsage(DataSource dataSource) {
        HikariDataSource pool;
        try {
            if (dataSource instanceof HikariDataSource hikari) {
                pool = hikari;
            } else if (dataSource.isWrapperFor(HikariDataSource.class)) {
                pool = dataSource.unwrap(HikariDataSource.class);
            } else {
                return Optional.empty();
            }
        } catch (SQLException e) {
            return Optional.empty();
        }
        HikariPoolMXBean bean = pool.getHikariPoolMXBean();
        if (bean == null) {
            return Optional.empty(); // not started yet
        }
        return Optional.of(new PoolUsage(bean.getActiveConnections(), bean.getIdleConnections(),
                bean.getTotalConnections(), pool.getMaximumPoolSize(), bean.getThreadsAwaitingConnection()));
    }

    /** The primary's position first, then the replica's replay: a replica can only be behind it, never ahead. */
    private static ReplicationLag replicationLag(Connection primaryConnection, DataSource replica, Instant now)
            throws SQLException {
        long written = lsnOffset(text(primaryConnection, "select pg_current_wal_lsn()::text"));
        try (Connection connection = replica.getConnection();
             PreparedStatement query = connection.prepareStatement("""
                     select coalesce(pg_last_wal_replay_lsn(), pg_current_wal_lsn())::text,
                            pg_last_xact_replay_timestamp()""");
             ResultSet row = query.executeQuery()) {
            row.next();
            long behind = Math.max(0, written - lsnOffset(row.getString(1)));
            Timestamp replayed = row.getTimestamp(2);
            Duration delay = behind == 0 || replayed == null ? Duration.ZERO
                    : Duration.between(replayed.toInstant(), now).isNegative() ? Duration.ZERO
                    : Duration.between(replayed.toInstant(), now);
            return new ReplicationLag(true, behind, delay);
        } catch (SQLException unreachable) {
            return new ReplicationLag(false, 0, Duration.ZERO);
        }
    }

    private OutboxBacklog outbox(Connection connection, Instant now) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select count(*), count(*) filter (where next_attempt_at <= ?),"
                + " min(created_at) from " + schema + ".notification_outbox where status = 'PENDING'")) {
            query.setTimestamp(1, Timestamp.from(now));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                Timestamp oldest = row.getTimestamp(3);
                return new OutboxBacklog(row.getLong(1), row.getLong(2),
                        Optional.ofNullable(oldest).map(t -> Duration.between(t.toInstant(), now)));
            }
        }
    }

    private int auditPartitionsAhead(Connection connection, Instant now) throws SQLException {
        YearMonth current = YearMonth.from(now.atZone(ZoneOffset.UTC));
        int ahead = 0;
        try (PreparedStatement query = connection.prepareStatement("""
                select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid
                where i.inhparent = to_regclass(?)""")) {
            query.setString(1, schema + ".audit_logs");
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Matcher name = AUDIT_PARTITION.matcher(rows.getString(1));
                    if (name.matches() && YearMonth.of(Integer.parseInt(name.group(1)), Integer.parseInt(name.group(2)))
                            .isAfter(current)) {
                        ahead++;
                    }
                }
            }
        }
        return ahead;
    }

    private List<TableSize> tables(Connection connection) throws SQLException {
        List<TableSize> tables = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                select c.relname, sum(pg_table_size(t.relid)), sum(pg_indexes_size(t.relid))
                from pg_class c
                join pg_namespace n on n.oid = c.relnamespace
                cross join lateral (select p.relid from pg_partition_tree(c.oid) p where c.relkind = 'p'
                                    union all select c.oid::regclass where c.relkind = 'r') t
                where n.nspname = ? and c.relkind in ('r', 'p') and not c.relispartition
                group by c.relname
                order by sum(pg_table_size(t.relid)) + sum(pg_indexes_size(t.relid)) desc, 1""")) {
            query.setString(1, schema);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    tables.add(new TableSize(rows.getString(1), rows.getLong(2), rows.getLong(3)));
                }
            }
        }
        return tables;
    }

    private List<UnusedIndex> unusedIndexes(Connection connection) throws SQLException {
        List<UnusedIndex> indexes = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                select s.relname, s.indexrelname, pg_relation_size(s.indexrelid)
                from pg_stat_user_indexes s join pg_index i on i.indexrelid = s.indexrelid
                where s.schemaname = ? and s.idx_scan = 0 and not i.indisunique and not i.indisprimary
                order by 3 desc, 2""")) {
            query.setString(1, schema);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    indexes.add(new UnusedIndex(rows.getString(1), rows.getString(2), rows.getLong(3)));
                }
            }
        }
        return indexes;
    }

    /**
     * Empty when the extension is not installed in this database, or installed but not loaded
     * ({@code shared_preload_libraries}), in which case reading its view fails.
     */
    private static Optional<List<SlowStatement>> slowStatements(Connection connection) throws SQLException {
        String extensionSchema = text(connection, """
                select n.nspname from pg_extension e join pg_namespace n on n.oid = e.extnamespace
                where e.extname = 'pg_stat_statements'""");
        if (extensionSchema == null) {
            return Optional.empty();
        }
        List<SlowStatement> statements = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("select query, calls, mean_exec_time, total_exec_time from "
                + quoted(extensionSchema) + ".pg_stat_statements"
                + " where dbid = (select oid from pg_database where datname = current_database())"
                + " order by mean_exec_time desc limit " + SLOW_STATEMENTS);
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                statements.add(new SlowStatement(rows.getString(1), rows.getLong(2), millis(rows.getDouble(3)),
                        millis(rows.getDouble(4))));
            }
        } catch (SQLException notLoaded) {
            return Optional.empty();
        }
        return Optional.of(statements);
    }

    private static Duration millis(double milliseconds) {
        return Duration.ofNanos(Math.round(milliseconds * 1_000_000));
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static @Nullable String text(Connection connection, String sql) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql); ResultSet row = query.executeQuery()) {
            return row.next() ? row.getString(1) : null;
        }
    }

    private static long lsnOffset(@Nullable String lsn) {
        return lsn == null ? 0 : new WalPosition(lsn).offset();
    }
}
