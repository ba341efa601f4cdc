package org.namc.reports;

import org.namc.events.domain.EventId;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.ReportingPeriod;
import org.namc.shared.spi.RowSink;

/**
 * Tables for finance and staff, written row by row into a {@link RowSink} (the CSV sink of
 * {@code namc-documents}, say) while the source is read a page at a time, so an export never
 * holds more than one page in memory. Each export reads through the listing it comes from and
 * is access-checked exactly as that listing is; a refused export writes nothing, not even the
 * header. Instants are ISO-8601 in UTC, amounts plain decimals at their currency's scale next to
 * the currency code. Each returns the number of rows written after the header.
 */
public interface ReportsApi {

    /** Invoices issued in {@code period} with their figures ({@code invoice:read} on all invoices). */
    long exportInvoices(Actor actor, ReportingPeriod period, RowSink sink);

    /** Payments processed in {@code period}, settled or declined ({@code payment:read} on all payments). */
    long exportPayments(Actor actor, ReportingPeriod period, RowSink sink);

    /** Credit notes (refunds) issued in {@code period} ({@code refund:read} on all refunds). */
    long exportRefunds(Actor actor, ReportingPeriod period, RowSink sink);

    /** Every live member with their membership type, tier and standing now ({@code member:list}). */
    long exportMembers(Actor actor, RowSink sink);

    /**
     * An event's registrations with the registrant's name and check-in ({@code event:read-registrations}
     * on the event, and reading each registrant's member record).
     */
    long exportAttendees(Actor actor, EventId event, RowSink sink);
}
