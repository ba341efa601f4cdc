package org.namc.persistence.jpa.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.testing.data.MemberBuilder.aMember;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.namc.NamcPortal;
import org.namc.billing.BillingApi;
import org.namc.billing.DraftInvoice;
import org.namc.billing.InvoiceLine;
import org.namc.billing.domain.InvoiceId;
import org.namc.billing.domain.InvoiceNumber;
import org.namc.persistence.jpa.JpaPortal;
import org.namc.persistence.jpa.TestDatabase;
import org.namc.persistence.jpa.TestSchema;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Money;
import org.namc.testing.MutableClock;
import org.namc.testing.contract.Concurrently;

/**
 * The issue's proof of gap-free numbering on PostgreSQL: 1,000 drafts issued at once through
 * {@code BillingApi.issueInvoice} by eight threads, each issuance its own unit of work taking
 * the counter row's lock, get exactly the numbers 1 to 1,000 of the year.
 */
class ConcurrentInvoiceIssuingTest {
    private static final int THREADS = 8;
    private static final int INVOICES = 1_000;
    private static final InvoiceLine DUES = new InvoiceLine("Annual dues", 1, Money.of("250.00", "USD"),
            new BigDecimal("0.0725"));

    @RegisterExtension
    static final TestSchema db = new TestSchema();

    @Test
    void aThousandConcurrentIssuancesGetTheNumbersOneToAThousand() throws Exception {
        NamcPortal portal = JpaPortal.on(db, MutableClock.at("2026-01-15T09:00:00Z"), NamcPortal.builder()).portal();
        BillingApi billing = portal.billing();
        MemberId ana = aMember().registerVerified(portal.membership());
        List<List<InvoiceId>> drafts = Concurrently.run(THREADS, () -> draft(billing, ana, INVOICES / THREADS));

        AtomicInteger nextBatch = new AtomicInteger();
        long started = System.nanoTime();
        List<List<String>> issued = Concurrently.run(THREADS, () -> {
            List<String> numbers = new ArrayList<>();
            for (InvoiceId draft : drafts.get(nextBatch.getAndIncrement())) {
                numbers.add(billing.issueInvoice(Actor.system(), draft).number());
            }
            return numbers;
        });
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        List<Long> sequences = issued.stream().flatMap(List::stream).map(InvoiceNumber::parse)
                .map(InvoiceNumber::sequence).sorted().toList();
        assertThat(sequences).isEqualTo(LongStream.rangeClosed(1, INVOICES).boxed().toList());
        assertThat(query("select last_sequence from invoice_number_counters where series = 'INVOICE' and year = 2026"))
                .isEqualTo(INVOICES);
        assertThat(query("select count(distinct invoice_number) from invoices where status = 'OPEN'"))
                .isEqualTo(INVOICES);
        System.out.printf("%d concurrent issuances on %d threads: %d ms (%.0f/s)%n", INVOICES, THREADS,
                took.toMillis(), INVOICES * 1000.0 / Math.max(1, took.toMillis()));
    }

    private static List<InvoiceId> draft(BillingApi billing, MemberId member, int count) {
        List<InvoiceId> drafts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            drafts.add(billing.draftInvoice(Actor.system(), new DraftInvoice(member, "USD", List.of(DUES), null, 30))
                    .id());
        }
        return drafts;
    }

    private static long query(String sql) throws SQLException {
        try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement()) {
            statement.execute("set search_path = " + db.schema());
            try (ResultSet row = statement.executeQuery(sql)) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
