package org.namc.billing.internal;

import java.util.Currency;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.namc.billing.domain.Discount;
import org.namc.billing.domain.Invoice;
import org.namc.billing.domain.InvoiceAmounts;
import org.namc.billing.domain.InvoiceId;
import org.namc.billing.domain.InvoiceNumber;
import org.namc.billing.domain.InvoicePurpose;
import org.namc.billing.domain.LineItem;
import org.namc.billing.domain.NumberSeries;
import org.namc.shared.domain.MemberId;

/** Drafts and issues invoices: the one place numbers are taken. */
final class Issuing {
    private final BillingContext ctx;

    Issuing(BillingContext ctx) {
        this.ctx = ctx;
    }

    /** Drafts and issues at once (subscriptions, purchases). */
    Invoice issue(InvoiceId id, MemberId member, InvoicePurpose purpose, Currency currency, List<LineItem> lines,
                  int daysUntilDue) {
        InvoiceAmounts amounts = ctx.calculator().calculate(currency, lines, null);
        return issue(Invoice.draft(id, member, purpose, lines, null, amounts, daysUntilDue, ctx.now()));
    }

    Invoice draft(MemberId member, Currency currency, List<LineItem> lines, @Nullable Discount discount,
                  int daysUntilDue) {
        InvoiceAmounts amounts = ctx.calculator().calculate(currency, lines, discount);
        return Invoice.draft(new InvoiceId(ctx.ids().newId()), member, new InvoicePurpose.Manual(), lines, discount,
                amounts, daysUntilDue, ctx.now());
    }

    /** Takes the next number of the year (given back if the unit rolls back) and opens the invoice. */
    Invoice issue(Invoice draft) {
        InvoiceNumber number = ctx.numbers().next(NumberSeries.INVOICE, ctx.yearOf(ctx.now()));
        return ctx.invoices().save(draft.issued(number, ctx.now()));
    }
}
