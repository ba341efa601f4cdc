package org.namc.persistence.jpa.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.namc.billing.domain.Invoice;
import org.namc.billing.domain.InvoiceCalculator;
import org.namc.billing.domain.InvoiceId;
import org.namc.billing.domain.InvoiceNumber;
import org.namc.billing.domain.InvoicePurpose;
import org.namc.billing.domain.LineItem;
import org.namc.billing.domain.NumberSeries;
import org.namc.persistence.jpa.JpaPersistence;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Money;
import org.namc.testing.data.MemberBuilder;

/** Rows the billing tables' foreign keys want to exist, stored through the module's own stores. */
final class BillingTestRows {
    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private BillingTestRows() {
    }

    static MemberId member(JpaPersistence persistence) {
        MemberId id = new MemberId(UUID.randomUUID());
        persistence.members().save(MemberBuilder.aMember().member(id, Instant.EPOCH));
        return id;
    }

    /** An issued one-line invoice of {@code member}, not yet stored. */
    static Invoice issuedInvoice(MemberId member, long sequence, Instant at) {
        List<LineItem> lines = List.of(LineItem.of("Dues", 1, Money.of("100.00", "USD"), new BigDecimal("0.0725")));
        return Invoice.draft(new InvoiceId(UUID.randomUUID()), member, new InvoicePurpose.Manual(), lines, null,
                        InvoiceCalculator.standard().calculate(Currency.getInstance("USD"), lines, null), 30, at)
                .issued(new InvoiceNumber(NumberSeries.INVOICE, 2026, sequence), at);
    }
}
