package org.namc.reports.internal;

import org.namc.shared.domain.ViolationRule;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.namc.billing.BillingApi;
import org.namc.events.EventsApi;
import org.namc.events.domain.EventId;
import org.namc.membership.MembershipApi;
import org.namc.reports.ReportsApi;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;
import org.namc.shared.domain.ReportingPeriod;
import org.namc.shared.domain.Violations;
import org.namc.shared.spi.RowSink;

/**
 * The exports, each reading its source through the feature's own listing, page after page. The
 * first page is read before the header is written, so a refused export writes nothing.
 */
public final class ReportsModule implements ReportsApi {
    /** Small enough to keep memory flat, large enough that a page's round trip is not the cost. */
    static final int PAGE_SIZE = 200;

    private final MembershipApi membership;
    private final BillingApi billing;
    private final EventsApi events;
    private final int pageSize;

    public ReportsModule(MembershipApi membership, BillingApi billing, EventsApi events) {
        this(membership, billing, events, PAGE_SIZE);
    }

    /** With {@code pageSize} items read per page (1 to {@link PageRequest#MAX_SIZE}). */
    public ReportsModule(MembershipApi membership, BillingApi billing, EventsApi events, int pageSize) {
        Violations.collect().check(pageSize >= 1 && pageSize <= PageRequest.MAX_SIZE, "pageSize", ViolationRule.RANGE,
                "must be between 1 and " + PageRequest.MAX_SIZE).throwIfAny();
        this.membership = Objects.requireNonNull(membership, "membership");
        this.billing = Objects.requireNonNull(billing, "billing");
        this.events = Objects.requireNonNull(events, "events");
        this.pageSize = pageSize;
    }

    @Override
    public long exportInvoices(Actor actor, ReportingPeriod period, RowSink sink) {
        required(period, sink);
        return write(sink, ReportTables.INVOICES, page -> billing.invoicesIssued(actor, period, page(page)),
                Function.identity());
    }

    @Override
    public long exportPayments(Actor actor, ReportingPeriod period, RowSink sink) {
        required(period, sink);
        return write(sink, ReportTables.PAYMENTS, page -> billing.paymentsProcessed(actor, period, page(page)),
                Function.identity());
    }

    @Override
    public long exportRefunds(Actor actor, ReportingPeriod period, RowSink sink) {
        required(period, sink);
        return write(sink, ReportTables.REFUNDS, page -> billing.creditNotesIssued(actor, period, page(page)),
                Function.identity());
    }

    @Override
    public long exportMembers(Actor actor, RowSink sink) {
        Violations.collect().required(sink, "sink").throwIfAny();
        return write(sink, ReportTables.MEMBERS, page -> membership.list(actor, page(page)), Function.identity());
    }

    @Override
    public long exportAttendees(Actor actor, EventId event, RowSink sink) {
        Violations.collect().required(event, "event").required(sink, "sink").throwIfAny();
        return write(sink, ReportTables.ATTENDEES, page -> events.registrations(actor, event, page(page)),
                registration -> new AttendeeRow(registration, membership.find(actor, registration.memberId())));
    }

    private static void required(ReportingPeriod period, RowSink sink) {
        Violations.collect().required(period, "period").required(sink, "sink").throwIfAny();
    }

    private PageRequest page(int number) {
        return new PageRequest(number, pageSize);
    }

    /** Reads page 0 (the access check), then the header, then every row of every page. */
    private <S, T> long write(RowSink sink, Table<T> table, IntFunction<Page<S>> pages, Function<S, T> toRow) {
        Page<S> page = pages.apply(0);
        sink.header(table.header());
        long rows = 0;
        for (int number = 1; ; number++) {
            for (S item : page.items()) {
                sink.row(table.row(toRow.apply(item)));
                rows++;
            }
            if (!page.hasNext() || page.items().isEmpty()) {
                return rows;
            }
            page = pages.apply(number);
        }
    }
}
