package org.namc.documents.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.testing.assertions.NamcExceptionAssert.assertThatNamcException;
import static org.namc.testing.data.MemberBuilder.aMember;

import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.namc.NamcPortal;
import org.namc.access.GrantRole;
import org.namc.billing.InvoiceView;
import org.namc.documents.SamplePortal;
import org.namc.membership.MembershipApi;
import org.namc.reports.internal.ReportsModule;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.PageRequest;
import org.namc.shared.domain.ReportingPeriod;
import org.namc.shared.spi.RowSink;

class CsvExportTest {
    private final SamplePortal sample = new SamplePortal();
    private final NamcPortal portal = sample.fixture().portal();

    private Actor staff() {
        MemberId id = aMember().registerVerified(portal.membership());
        portal.access().grantRole(Actor.system(), new GrantRole(id, "STAFF", null));
        return Actor.member(id);
    }

    @Test
    void financeGetsTheInvoicesOfAPeriodAsCsvWithFormulasNeutralised() throws IOException {
        Instant start = sample.fixture().clock().instant();
        InvoiceView invoice = sample.usdInvoice();
        sample.paidAndPartlyRefunded(invoice);
        StringBuilder out = new StringBuilder();
        CsvRowSink sink = new CsvRowSink(out);

        long rows = portal.reports().exportInvoices(sample.finance(),
                new ReportingPeriod(start, start.plus(Duration.ofDays(7))), sink);
        sink.flush();

        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString())).getRecords();
        assertThat(rows).isEqualTo(1);
        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.get("number")).isEqualTo(invoice.number());
            assertThat(r.get("total")).isEqualTo("106.16");
            assertThat(r.get("tax")).isEqualTo("7.17");
            assertThat(r.get("credited")).isEqualTo("20.00");
            assertThat(r.get("status")).isEqualTo("PAID");
        });
    }

    @Test
    void aMemberCannotExportTheBooksAndARefusedExportWritesNothing() {
        StringBuilder out = new StringBuilder();
        Instant now = sample.fixture().clock().instant();

        assertThatNamcException(() -> portal.reports().exportPayments(Actor.member(sample.jose()),
                new ReportingPeriod(now.minusSeconds(60), now), new CsvRowSink(out))).hasCode(ErrorCode.FORBIDDEN);
        assertThatNamcException(() -> portal.reports().exportMembers(Actor.member(sample.jose()),
                new CsvRowSink(out))).hasCode(ErrorCode.FORBIDDEN);
        assertThat(out).isEmpty();
    }

    @Test
    void aMemberWhoseNameIsAFormulaCannotRunItInTheStaffsSpreadsheet() throws IOException {
        aMember().named("=HYPERLINK(\"http://evil.example\")", "@Smith").registerVerified(portal.membership());
        StringBuilder out = new StringBuilder();
        CsvRowSink sink = new CsvRowSink(out);

        portal.reports().exportMembers(staff(), sink);
        sink.flush();

        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString())).getRecords();
        assertThat(records).extracting(r -> r.get("first_name")).contains("'=HYPERLINK(\"http://evil.example\")");
        assertThat(records).extracting(r -> r.get("last_name")).contains("'@Smith", "Núñez-Ångström");
        assertThat(records).extracting(r -> r.get("first_name")).noneMatch(name -> name.startsWith("="));
    }

    @Test
    void rowsAreWrittenAsEachPageArrivesNeverAfterReadingEverything() {
        for (int i = 0; i < 4; i++) {
            aMember().registerVerified(portal.membership());
        }
        Actor staff = staff();
        long members = portal.membership().list(staff, PageRequest.first(100)).totalItems();
        List<String> trace = new ArrayList<>();
        MembershipApi traced = (MembershipApi) Proxy.newProxyInstance(MembershipApi.class.getClassLoader(),
                new Class<?>[] {MembershipApi.class}, (proxy, method, args) -> {
                    if (method.getName().equals("list")) {
                        trace.add("page " + ((PageRequest) args[1]).page());
                    }
                    try {
                        return method.invoke(portal.membership(), args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        RowSink sink = new RowSink() {
            @Override
            public void header(List<String> columns) {
                trace.add("header");
            }

            @Override
            public void row(List<String> cells) {
                trace.add("row");
            }
        };

        long written = new ReportsModule(traced, portal.billing(), portal.events(), 3).exportMembers(staff, sink);

        assertThat(written).isEqualTo(members).isEqualTo(7);
        assertThat(trace).containsExactly("page 0", "header", "row", "row", "row", "page 1", "row", "row", "row",
                "page 2", "row");
    }
}
