package org.namc.persistence.jpa.access;

import org.namc.access.spi.AccessChanges;
import org.namc.persistence.jpa.shared.JpaTransactions;

/**
 * The shared access-change counter as the single row of {@code access_changes}. Moving it takes
 * the row's lock until the unit commits, which orders concurrent changes; reading it is one
 * primary-key lookup, done by each node at most once per staleness bound.
 */
public final class JpaAccessChanges implements AccessChanges {
    private final JpaTransactions transactions;
    private final String schema;

    public JpaAccessChanges(JpaTransactions transactions, String schema) {
        this.transactions = transactions;
        this.schema = schema;
    }

    @Override
    public void record() {
        transactions.withEntityManager(em -> em.createNativeQuery(
                "insert into " + schema + ".access_changes as c (id, version) values (1, 1) "
                        + "on conflict (id) do update set version = c.version + 1").executeUpdate());
    }

    @Override
    public long current() {
        return transactions.withEntityManager(em -> ((Number) em.createNativeQuery(
                "select coalesce((select version from " + schema + ".access_changes where id = 1), 0)")
                .getSingleResult()).longValue());
    }
}
