package org.namc.persistence.jpa.billing;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Objects;
import org.hibernate.Session;
import org.namc.billing.domain.InvoiceNumber;
import org.namc.billing.domain.NumberSeries;
import org.namc.billing.spi.InvoiceNumbers;
import org.namc.persistence.jpa.shared.JpaTransactions;

/**
 * Gap-free document numbers from {@code invoice_number_counters}, one row per series and year.
 * A sequence would hand out numbers that a rollback loses; instead the counter row is bumped in
 * the issuing unit's own transaction and stays locked until that unit ends: concurrent issuers
 * queue up on it, and a rollback gives the number back with the row's old value.
 */
public final class JpaInvoiceNumbers implements InvoiceNumbers {
    private final JpaTransactions transactions;
    private final String nextSql;

    /** @param schema the library's schema, already validated as a plain lower-case identifier */
    public JpaInvoiceNumbers(JpaTransactions transactions, String schema) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        // One statement: the upsert creates the year's row or increments it under a row lock,
        // so the first numbers of a new year cannot race each other into a duplicate key.
        this.nextSql = """
                insert into %1$s.invoice_number_counters as c (series, year, last_sequence)
                values (cast(? as %1$s.number_series_enum), ?, 1)
                on conflict (series, year) do update set last_sequence = c.last_sequence + 1
                returning c.last_sequence""".formatted(Objects.requireNonNull(schema, "schema"));
    }

    @Override
    public InvoiceNumber next(NumberSeries series, int year) {
        long sequence = transactions.withEntityManager(em -> em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(nextSql)) {
                statement.setString(1, series.name());
                statement.setInt(2, year);
                try (ResultSet row = statement.executeQuery()) {
                    row.next();
                    return row.getLong(1);
                }
            }
        }));
        return new InvoiceNumber(series, year, sequence);
    }
}
