package org.namc.benchmarks.documents;

import static org.namc.testing.data.MemberBuilder.aMember;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.namc.access.GrantRole;
import org.namc.billing.BillingApi;
import org.namc.billing.DraftInvoice;
import org.namc.billing.InvoiceDocument;
import org.namc.billing.InvoiceLine;
import org.namc.billing.InvoiceView;
import org.namc.billing.domain.Discount;
import org.namc.documents.pdf.Letterhead;
import org.namc.documents.pdf.PdfInvoiceRenderer;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Money;
import org.namc.shared.domain.PostalAddress;
import org.namc.testing.inmemory.InMemoryPortal;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A month-end run: 10,000 invoice PDFs rendered one after the other, in English and Spanish,
 * from 100 distinct invoices (1 to 10 taxed lines, some discounted) that billing computed on
 * the in-memory portal. Reports the time per document. Run:
 * {@code mvn -pl namc-benchmarks -am package exec:exec -DskipTests -Djmh.args="DocumentBatchBenchmark"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 2)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
public class DocumentBatchBenchmark {
    static final int BATCH = 10_000;
    private static final int DISTINCT = 100;
    private static final Locale SPANISH = Locale.forLanguageTag("es");

    private final List<InvoiceDocument> documents = new ArrayList<>();
    private final PdfInvoiceRenderer renderer = new PdfInvoiceRenderer(Letterhead.of("NAMC NorCal",
            List.of("1 Kaiser Plaza, Suite 600", "Oakland, CA 94612"), ZoneId.of("America/Los_Angeles")));

    @Setup(Level.Trial)
    public void computeInvoices() {
        InMemoryPortal portal = InMemoryPortal.create();
        BillingApi billing = portal.portal().billing();
        MemberId financeId = aMember().registerVerified(portal.portal().membership());
        portal.portal().access().grantRole(Actor.system(), new GrantRole(financeId, "FINANCE", null));
        Actor finance = Actor.member(financeId);
        MemberId member = aMember().named("José", "Núñez").withCompany("Núñez Construcción")
                .withAddress(PostalAddress.us("12 Peña St", "San José", "CA", "95110"))
                .registerVerified(portal.portal().membership());
        for (int i = 0; i < DISTINCT; i++) {
            List<InvoiceLine> lines = new ArrayList<>();
            for (int line = 0; line <= i % 10; line++) {
                lines.add(new InvoiceLine("Safety training seat, module " + (line + 1), 1 + line % 4,
                        Money.of((40 + i) + "." + (10 + line), "USD"), new BigDecimal("0.0725")));
            }
            InvoiceView draft = billing.draftInvoice(finance, new DraftInvoice(member, "USD", lines,
                    i % 3 == 0 ? Discount.percent("10") : null, 30));
            InvoiceView issued = billing.issueInvoice(finance, draft.id());
            documents.add(billing.invoiceDocument(finance, issued.id()));
        }
    }

    /** The whole batch; JMH divides the time by {@link #BATCH}, so the score is the time per document. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long renderBatch() throws IOException {
        ByteCount out = new ByteCount();
        for (int i = 0; i < BATCH; i++) {
            renderer.render(documents.get(i % DISTINCT), i % 2 == 0 ? Locale.US : SPANISH, out);
        }
        return out.bytes;
    }

    /** Counts what a host would archive, without keeping 10,000 files in memory. */
    private static final class ByteCount extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
