package org.namc.testing.contract;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.namc.billing.domain.BillingInterval;
import org.namc.billing.domain.BillingPeriod;
import org.namc.billing.domain.Discount;
import org.namc.billing.domain.Invoice;
import org.namc.billing.domain.InvoiceCalculator;
import org.namc.billing.domain.InvoiceId;
import org.namc.billing.domain.InvoiceNumber;
import org.namc.billing.domain.InvoicePurpose;
import org.namc.billing.domain.LineItem;
import org.namc.billing.domain.NumberSeries;
import org.namc.billing.domain.Payment;
import org.namc.billing.domain.PaymentId;
import org.namc.billing.domain.Subscription;
import org.namc.billing.domain.SubscriptionId;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Money;

/** Billing aggregates for the store contracts, built straight from the domain. */
final class BillingStoreData {
    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");

    private BillingStoreData() {
    }

    static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    static LineItem line(String description, int quantity, String price, String taxRate) {
        return LineItem.of(description, quantity, usd(price), new BigDecimal(taxRate));
    }

    static Invoice draft(MemberId member, InvoicePurpose purpose, LineItem... lines) {
        Discount discount = Discount.percent("12.5");
        return Invoice.draft(new InvoiceId(UUID.randomUUID()), member, purpose, List.of(lines), discount,
                InvoiceCalculator.standard().calculate(Currency.getInstance("USD"), List.of(lines), discount), 30, NOW);
    }

    static Invoice issued(MemberId member, long sequence, Instant at) {
        return draft(member, new InvoicePurpose.Manual(), line("Dues", 1, "100.00", "0.0725"))
                .issued(new InvoiceNumber(NumberSeries.INVOICE, 2026, sequence), at);
    }

    static Subscription subscription(MemberId member, Instant at) {
        return Subscription.startPaid(new SubscriptionId(UUID.randomUUID()), member, "GOLD", usd("25.00"), PACIFIC,
                BillingInterval.MONTHLY, new InvoiceId(UUID.randomUUID()), at.plus(Duration.ofHours(23)), "cus_1",
                "sub_" + UUID.randomUUID(), at);
    }

    static Payment payment(Invoice invoice, int attempt, Instant at) {
        return Payment.initiate(new PaymentId(UUID.randomUUID()), invoice, null, attempt, at);
    }

    static BillingPeriod period(String start, String end) {
        return new BillingPeriod(Instant.parse(start), Instant.parse(end));
    }
}
