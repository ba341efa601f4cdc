package org.namc.persistence.jpa.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Statement;
import java.util.Objects;
import java.util.function.Function;
import org.hibernate.Session;
import org.jspecify.annotations.Nullable;

/**
 * The read side for searches and listings that may run on a read replica. A read made inside a
 * running unit of work joins it on the primary, so it sees that unit's own writes; any other read
 * runs in a read-only transaction of its own, on the replica when one is configured, else on
 * the primary. PostgreSQL refuses writes in such a transaction, whatever DataSource the host gave.
 * A read nested in a read joins it.
 */
public final class ReadOnlyQueries {
    private final JpaTransactions primary;
    private final EntityManagerFactory readSide;
    private final ThreadLocal<@Nullable EntityManager> current = new ThreadLocal<>();

    /**
     * @param primary the units of work of the primary database
     * @param readSide the replica's entity manager factory, or the primary's when there is no replica
     */
    public ReadOnlyQueries(JpaTransactions primary, EntityManagerFactory readSide) {
        this.primary = Objects.requireNonNull(primary, "primary");
        this.readSide = Objects.requireNonNull(readSide, "readSide");
    }

    /** Runs {@code query} where the class comment says and returns its result. */
    public <T> T read(Function<EntityManager, T> query) {
        if (primary.isActive()) {
            return primary.withEntityManager(query);
        }
        EntityManager joined = current.get();
        if (joined != null) {
            return query.apply(joined);
        }
        EntityManager entityManager = readSide.createEntityManager();
        current.set(entityManager);
        try {
            Session session = entityManager.unwrap(Session.class);
            // Loaded entities are never flushed back, so Hibernate keeps no snapshots to compare.
            session.setDefaultReadOnly(true);
            return JpaTransactions.committed(entityManager, () -> {
                session.doWork(connection -> {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("SET TRANSACTION READ ONLY");
                    }
                });
                return query.apply(entityManager);
            });
        } finally {
            current.remove();
            entityManager.close();
        }
    }
}
