package org.namc.persistence.jpa.billing;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.namc.billing.domain.GatewayEvent;
import org.namc.billing.spi.GatewayEvents;
import org.namc.persistence.jpa.shared.JpaTransactions;
import org.namc.shared.domain.NamcException;

/**
 * The gateway's events in {@code payment_gateway_events}. Recording is one
 * {@code INSERT .. ON CONFLICT DO NOTHING} and taking up a failed event one conditional
 * {@code UPDATE}, so among concurrent deliveries exactly one wins, whatever the isolation level.
 */
public final class JpaGatewayEvents implements GatewayEvents {
    private static final String COLUMNS = "id, type, object_id, status, attempts, last_error, received_at, updated_at";

    private final JpaTransactions transactions;
    private final String table;

    /** @param schema the library's schema, already validated as a plain lower-case identifier */
    public JpaGatewayEvents(JpaTransactions transactions, String schema) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.table = Objects.requireNonNull(schema, "schema") + ".payment_gateway_events";
    }

    @Override
    public boolean recordIfNew(GatewayEvent event) {
        return transactions.withEntityManager(em -> em.createNativeQuery("insert into " + table + " ("
                        + COLUMNS + ") values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) on conflict (id) do nothing")
                .setParameter(1, event.id()).setParameter(2, event.type()).setParameter(3, event.objectId())
                .setParameter(4, event.status().name()).setParameter(5, event.attempts())
                .setParameter(6, event.lastError()).setParameter(7, Timestamp.from(event.receivedAt()))
                .setParameter(8, Timestamp.from(event.updatedAt()))
                .executeUpdate() == 1);
    }

    @Override
    public boolean retryIfFailed(String id, Instant now) {
        return transactions.withEntityManager(em -> em.createNativeQuery("update " + table
                        + " set status = 'RECEIVED', attempts = attempts + 1, updated_at = ?2"
                        + " where id = ?1 and status = 'FAILED'")
                .setParameter(1, id).setParameter(2, Timestamp.from(now))
                .executeUpdate() == 1);
    }

    @Override
    public void update(GatewayEvent event) {
        int updated = transactions.withEntityManager(em -> em.createNativeQuery("update " + table
                        + " set status = ?2, attempts = ?3, last_error = ?4, updated_at = ?5 where id = ?1")
                .setParameter(1, event.id()).setParameter(2, event.status().name())
                .setParameter(3, event.attempts()).setParameter(4, event.lastError())
                .setParameter(5, Timestamp.from(event.updatedAt()))
                .executeUpdate());
        if (updated == 0) {
            throw NamcException.notFound("gateway event", event.id());
        }
    }

    @Override
    public Optional<GatewayEvent> find(String id) {
        return transactions.withEntityManager(em -> select(em, "where id = ?1 ", id, 1).stream().findFirst());
    }

    @Override
    public List<GatewayEvent> failed(int limit) {
        return transactions.withEntityManager(em -> select(em, "where status = ?1 order by received_at, id ",
                GatewayEvent.Status.FAILED.name(), limit));
    }

    private List<GatewayEvent> select(EntityManager em, String condition, String parameter, int limit) {
        List<?> rows = em.createNativeQuery("select " + COLUMNS + " from " + table + " " + condition)
                .setParameter(1, parameter).setMaxResults(limit).getResultList();
        return rows.stream().map(row -> toEvent((Object[]) row)).toList();
    }

    private static GatewayEvent toEvent(Object[] row) {
        return new GatewayEvent((String) row[0], (String) row[1], (String) row[2],
                GatewayEvent.Status.valueOf((String) row[3]), ((Number) row[4]).intValue(), (String) row[5],
                instant(row[6]), instant(row[7]));
    }

    private static Instant instant(@Nullable Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        throw new IllegalStateException("not a timestamp: " + value);
    }
}
